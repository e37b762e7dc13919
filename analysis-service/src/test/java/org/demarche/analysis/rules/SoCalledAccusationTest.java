package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** The actor of a "so-called" accusation, of "the claims made by" and the one told to stop smearing accuse, not deny. */
class SoCalledAccusationTest {

    @Test
    void theOwnerOfASoCalledAccusationIsNotTheOneRejectingIt() {
        StatementAnalyzed r = analyse("英方所谓调查报告纯属捏造，是对中国的恶意污蔑。", "中华人民共和国驻英国大使馆", "zh");
        assertEquals(Set.of("CN>null"), Outcome.denials(r));
        assertEquals(Set.of(), Outcome.attributions(r));
    }

    @Test
    void theOneUrgedToStopSmearingIsTheAccuser() {
        StatementAnalyzed r = analyse("美国国务院指责中国黑客组织APT41窃取数据。我们敦促美方停止在网络安全问题上抹黑中国。",
                "中华人民共和国外交部", "zh");
        assertEquals(Set.of("CN>apt41"), Outcome.denials(r));
    }

    @Test
    void theActorMakingTheRejectedClaimsIsNotTheOneRejectingThem() {
        StatementAnalyzed r = analyse("The Embassy rejects the claims made by the State Department that hackers of APT41 "
                + "working for China stole vaccine research.", "Embassy of the People's Republic of China in the United "
                + "States", "en");
        assertEquals(Set.of("CN>apt41"), Outcome.denials(r));
    }

    @Test
    void theEmbassyBeforeAnotherSidesClaimRejectsIt() {
        StatementAnalyzed r = analyse("경찰청은 러시아 해킹조직 APT28이 국회 메일 서버를 공격했다고 밝혔다. 주한 러시아대사관은 "
                + "APT28과 관련한 한국 측의 주장은 근거 없는 억측이라고 반박했다.", "연합뉴스", "ko");
        assertEquals(Set.of("RU>apt28"), Outcome.denials(r));
    }

    @Test
    void aGermanVolksrepublikIsChina() {
        StatementAnalyzed r = analyse("Außerdem wirft Tschechien der Volksrepublik vor, ein Ministerium ausgespäht zu haben.",
                "Ministerium für auswärtige Angelegenheiten der Tschechischen Republik", "de");
        assertEquals(Set.of("CZ>null>CN:OWN"), Outcome.attributions(r));
    }
}
