package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** "이같이 결론 내렸다" retells the naming before it; "어떠한 형태의 해킹" holds nobody responsible. */
class KoreanRetellingTest {

    @Test
    void aConclusionReachedThusRetellsTheNamedGroup() {
        StatementAnalyzed r = analyse("경찰청은 북한 해킹조직 김수키가 국내 방산업체 서버에 침입했다고 밝혔다. 경찰은 악성코드와 "
                + "접속 기록, 북한 IP 주소 등을 분석해 이같이 결론 내렸다.", "경찰청", "ko");
        assertEquals(Set.of("KR>kimsuky>KP:OWN"), Outcome.attributions(r));
    }

    @Test
    void anyFormOfHackingHoldsNobodyResponsible() {
        StatementAnalyzed r = analyse("주한 러시아대사관은 러시아 정부가 어떠한 형태의 해킹에도 관여하지 않는다고 밝혔다.",
                "연합뉴스", "ko");
        assertEquals(Set.of(), Outcome.attributions(r));
    }
}
