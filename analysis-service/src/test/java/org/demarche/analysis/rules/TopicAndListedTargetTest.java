package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** A Korean topic governs its sentence over a subject inside a relative clause; listed states are all condemned. */
class TopicAndListedTargetTest {

    @Test
    void theKoreanTopicRejectsNotTheActorOfTheRelativeClause() {
        StatementAnalyzed r = analyse("중국 외교부는 20일 영국 정부가 제기한 해킹조직 APT31의 의회 침투 의혹에 대해 근거 없는 모함이라고 반박했다.",
                "연합뉴스", "ko");
        assertEquals(Set.of("CN>apt31"), Outcome.denials(r));
    }

    @Test
    void everyStateListedAfterACondemnationVerbIsATarget() {
        StatementAnalyzed r = analyse("Lithuania condemns the conduct of Russia and Belarus in cyberspace.",
                "Ministry of Foreign Affairs of the Republic of Lithuania", "en");
        assertEquals(Set.of("LT>RU", "LT>BY"), Outcome.condemnations(r));
    }
}
