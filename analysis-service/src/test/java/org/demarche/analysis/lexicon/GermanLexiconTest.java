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

/** The German lexicon on short statements of its own: clause-final verbs, hedges, denials, negation. */
class GermanLexiconTest {

    private static StatementAnalyzed analyze(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, "de"));
    }

    @Test
    void ownAttributionWithAgencySponsorAndCondemnation() {
        StatementAnalyzed r = analyze("Die Bundesregierung hat festgestellt, dass die Gruppierung APT31 hinter den "
                + "Angriffen auf das Netzwerk des Bundestages steckt. Die Gruppe handelt nach Erkenntnissen der "
                + "Bundesregierung im Auftrag des chinesischen Ministeriums für Staatssicherheit. Wir verurteilen "
                + "dieses Vorgehen auf das Schärfste.", "Auswärtiges Amt");
        assertEquals("DE", r.speaker().code());
        assertEquals(Set.of("DE>apt31>CN:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("DE>CN"), Outcome.condemnations(r));
    }

    @Test
    void hedgeIsMappedToTheYardstick() {
        StatementAnalyzed r = analyze("Nach Einschätzung des BfV ist die Kampagne mit hoher Wahrscheinlichkeit der "
                + "Cybergruppierung APT28 zuzurechnen, die dem russischen Militärgeheimdienst GRU zugeordnet wird.",
                "Bundesamt für Verfassungsschutz");
        assertEquals(Set.of("DE>apt28>RU:OWN"), Outcome.attributions(r));
        assertEquals(Confidence.HIGHLY_LIKELY, r.attributions().get(0).confidence());
    }

    @Test
    void denialNamesTheGroup() {
        StatementAnalyzed r = analyze("Peking weist die Vorwürfe zurück. Ein Sprecher des chinesischen "
                + "Außenministeriums nannte die Anschuldigungen über APT31 haltlos.", "Frankfurter Rundschau");
        assertEquals("CN", r.speaker().code());
        assertTrue(Outcome.denials(r).contains("CN>apt31"), Outcome.denials(r).toString());
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void missingEvidenceAndConditionsAreNoAttribution() {
        StatementAnalyzed r = analyze("Es gibt keine Beweise dafür, dass die Gruppe Sandworm für den Ausfall "
                + "verantwortlich ist. Sofern sich der Verdacht bestätigt, wird die Bundesregierung reagieren.",
                "Bundesamt für Sicherheit in der Informationstechnik");
        assertTrue(r.attributions().isEmpty(), Outcome.attributions(r).toString());
        assertTrue(r.namings().isEmpty());
    }
}
