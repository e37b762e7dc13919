package org.demarche.analysis.lexicon;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.demarche.analysis.AnalyzerFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.Test;

/** Short Korean statements written for these tests, one behaviour of ko.json each. */
class KoreanLexiconTest {

    private static StatementAnalyzed analyse(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, null));
    }

    @Test
    void ownAttributionThroughAnAgencyWithParticles() {
        StatementAnalyzed r = analyse("국가정보원은 방산업체를 노린 해킹이 북한 정찰총국 산하 해킹조직 김수키(Kimsuky)의 소행일 가능성이 높다고 밝혔다.",
                "국가정보원");
        assertEquals("ko", r.language());
        assertEquals("KR", r.speaker().code());
        assertEquals(Set.of("KR>kimsuky>KP:OWN"), Outcome.attributions(r));
        assertEquals(Confidence.HIGHLY_LIKELY, r.attributions().get(0).confidence());
    }

    @Test
    void condemnationOfTheStateMarkedAsObject() {
        StatementAnalyzed r = analyse("정부는 북한이 해킹을 통해 가상자산을 탈취하는 데 대해 강력히 규탄한다.", "외교부");
        assertEquals(Set.of("KR>KP"), Outcome.condemnations(r));
        assertEquals(Set.of("KR>null>KP:OWN"), Outcome.attributions(r));
    }

    @Test
    void negatedClaimIsNotAnAttribution() {
        StatementAnalyzed r = analyse("국정원은 라자루스가 이번 장애에 관여했다는 증거는 확인되지 않았다고 밝혔다.", "국가정보원");
        assertEquals(Set.of("lazarus-group"), Outcome.groups(r));
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void denialByTheTopicNotByTheAccuser() {
        StatementAnalyzed r = analyse("북한 외무성 대변인은 미국의 주장이 황당무계한 날조라며 라자루스와는 무관하다고 주장했다.", "연합뉴스");
        assertEquals(Set.of("KP>lazarus-group"), Outcome.denials(r));
    }

    @Test
    void tickNoticeIsNoGroup() {
        StatementAnalyzed r = analyse("야외활동 후에는 진드기가 붙어 있지 않은지 확인해야 한다.", "질병관리청");
        assertTrue(r.groups().isEmpty());
        assertTrue(r.namings().isEmpty());
    }
}
