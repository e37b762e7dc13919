package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Possessive references to a state's government and rebuttals reported in Japanese, in short invented texts. */
class AnaphoraAndRebuttalTest {

    @Test
    void aPossessiveGovernmentNounSpeaksForTheStateNamedBefore() {
        StatementAnalyzed r = analyse("Le Royaume-Uni multiplie les mises en garde. Ses services de renseignement ont affirmé "
                + "que le groupe APT31 travaille pour le compte du gouvernement chinois.", "Ambassade de Chine en France", "fr");
        assertEquals(Set.of("GB>apt31>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aPossessiveGovernmentNounOpeningASentenceSpeaksForTheStateBefore() {
        StatementAnalyzed r = analyse("Canada has again smeared China. Its intelligence agencies said this week that "
                + "APT41 works for the Chinese government.", "Embassy of the People's Republic of China in Canada", "en");
        assertEquals(Set.of("CA>apt41>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aSpokespersonRebuttingAnAccuserNamedAfterHimIsTheDenier() {
        StatementAnalyzed r = analyse("日本政府は、ハッカー集団「APT10」が中国国家安全部と関係があると発表した。"
                + "中国外交部報道官は、日本が根拠のない非難を行っていると反論した。", "外務省", "ja");
        assertEquals(Set.of("JP>apt10>CN:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("CN>null"), Outcome.denials(r));
    }
    @Test
    void theMaliciousActivitiesOfAStateHoldItResponsible() {
        StatementAnalyzed r = analyse("L'Italia condanna le attività cibernetiche malevole della Russia contro le "
                + "infrastrutture energetiche europee.", "Ministero degli Affari Esteri e della Cooperazione Internazionale", "it");
        assertEquals(Set.of("IT>null>RU:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("IT>RU"), Outcome.condemnations(r));
    }

    @Test
    void aGermanReportedSpeechHedgeAttributes() {
        StatementAnalyzed r = analyse("Die Bundesanwaltschaft teilte mit, zwei Offiziere des iranischen Geheimdienstministeriums "
                + "sollen Daten von Regierungsservern gestohlen haben.", "Der Spiegel", "de");
        assertEquals(Set.of("DE>null>IR:OWN"), Outcome.attributions(r));
    }
}
