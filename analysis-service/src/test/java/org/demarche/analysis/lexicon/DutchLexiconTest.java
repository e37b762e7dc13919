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

/** The Dutch lexicon on short statements of its own: separable verbs, hedges, denials, negation. */
class DutchLexiconTest {

    private static StatementAnalyzed analyze(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, "nl"));
    }

    @Test
    void separableVerbAttributionWithHedgeAndCondemnation() {
        StatementAnalyzed r = analyze("Nederland schrijft de cyberaanval met hoge waarschijnlijkheid toe aan de "
                + "hackersgroep APT40, die in opdracht van het Chinese ministerie van Staatsveiligheid werkt. Het "
                + "kabinet veroordeelt deze aanval.", "Ministerie van Buitenlandse Zaken");
        assertEquals("NL", r.speaker().code());
        assertEquals(Set.of("NL>apt40>CN:OWN"), Outcome.attributions(r));
        assertEquals(Confidence.HIGHLY_LIKELY, r.attributions().get(0).confidence());
        assertEquals(Set.of("NL>CN"), Outcome.condemnations(r));
    }

    @Test
    void agencyAttributionInAServicePublication() {
        StatementAnalyzed r = analyze("De AIVD stelt vast dat de Iraanse hackersgroep APT35 in opdracht van de "
                + "Iraanse Revolutionaire Garde werkt. Wij veroordelen deze activiteiten.", "AIVD");
        assertEquals(Set.of("NL>apt35>IR:OWN"), Outcome.attributions(r));
    }

    @Test
    void denialNamesTheGroup() {
        StatementAnalyzed r = analyze("Rusland wijst de beschuldigingen af. Volgens het Kremlin heeft de groep "
                + "Sandworm er niets mee te maken.", "NOS");
        assertEquals("RU", r.speaker().code());
        assertTrue(Outcome.denials(r).contains("RU>sandworm-team"), Outcome.denials(r).toString());
    }

    @Test
    void missingEvidenceAndConditionsAreNoAttribution() {
        StatementAnalyzed r = analyze("Er is geen bewijs dat de groep Turla achter de aanval zit. Indien bevestigd, "
                + "zal het kabinet maatregelen nemen.", "Rijksoverheid");
        assertTrue(r.attributions().isEmpty(), Outcome.attributions(r).toString());
        assertTrue(r.namings().isEmpty());
    }
}
