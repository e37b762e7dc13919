package org.demarche.analysis.lexicon;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.demarche.analysis.AnalyzerFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** The Italian lexicon on short statements of its own: attribution verbs, reported voices, denials, negation. */
class ItalianLexiconTest {

    private static StatementAnalyzed analyze(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, "it"));
    }

    @Test
    void ownAttributionAndCondemnation() {
        StatementAnalyzed r = analyze("L'Italia attribuisce l'attacco al gruppo APT29, che opera per conto dei "
                + "servizi di intelligence russi. Il Governo condanna fermamente queste attività.", "Farnesina");
        assertEquals("IT", r.speaker().code());
        assertEquals(Set.of("IT>apt29>RU:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("IT>RU"), Outcome.condemnations(r));
    }

    @Test
    void reportedGovernmentVoiceAfterSecondo() {
        StatementAnalyzed r = analyze("Secondo il governo tedesco, dietro l'attacco c'è il gruppo APT28, legato "
                + "all'intelligence militare russa. Mosca ha negato ogni coinvolgimento.", "Corriere della Sera");
        assertTrue(Outcome.attributions(r).stream().anyMatch(a -> a.startsWith("DE>apt28>RU:")),
                Outcome.attributions(r).toString());
        assertTrue(Outcome.denials(r).stream().anyMatch(d -> d.startsWith("RU>")), Outcome.denials(r).toString());
    }

    @Test
    void missingEvidenceAndConditionsAreNoAttribution() {
        StatementAnalyzed r = analyze("Non ci sono prove che il gruppo Kimsuky sia dietro l'attacco. Qualora "
                + "confermato, il Governo adotterà misure.", "Ministero dell'Interno");
        assertTrue(r.attributions().isEmpty(), Outcome.attributions(r).toString());
        assertTrue(r.namings().isEmpty());
    }
}
