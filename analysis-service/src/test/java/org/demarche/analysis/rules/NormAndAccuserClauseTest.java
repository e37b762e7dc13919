package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.demarche.analysis.AnalyzerFixture;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** A duty to stop operations from one's soil attributes nothing; "X makes groundless accusations" is X accusing. */
class NormAndAccuserClauseTest {

    private static StatementAnalyzed analyze(String text, String publisher, String language) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, publisher, language));
    }

    private static List<String> deniers(StatementAnalyzed a) {
        return a.denials().stream().map(d -> d.denier()).distinct().sorted().toList();
    }

    @Test
    void aDutyNotToTolerateOperationsFromItsSoilIsNoFrenchAttribution() {
        StatementAnalyzed a = analyze("Le ministre a invité les autorités russes à ne pas tolérer que des intrusions "
                + "de cette nature soient menées depuis le sol russe.", "Le Soir", "fr");
        assertEquals(List.of(), a.attributions());
    }

    @Test
    void theChineseSubjectOfGroundlessAccusationsAccusesRatherThanDenies() {
        StatementAnalyzed a = analyze("发言人指出，美国一边在世界各地从事网络窃听，一边却对别国进行无端指责。",
                "中华人民共和国外交部", "zh");
        assertTrue(!deniers(a).contains("US"), deniers(a).toString());
    }

    @Test
    void theOneAccusedOfGroundlessAccusationsInEnglishIsTheDenier() {
        StatementAnalyzed a = analyze("Washington keeps making groundless accusations against China, the embassy "
                + "spokesperson told reporters on Monday.", "Embassy of the People's Republic of China in the United States", "en");
        assertEquals(List.of("CN"), deniers(a));
    }

    @Test
    void aGroundlessAccusationSomeoneMakesIsNoJapaneseCondemnation() {
        StatementAnalyzed a = analyze("大使館の報道官は、米国がサイバー問題で根拠のない非難を行っていると述べた。",
                "在日中国大使館", "ja");
        assertEquals(List.of(), a.condemnations());
    }
}
