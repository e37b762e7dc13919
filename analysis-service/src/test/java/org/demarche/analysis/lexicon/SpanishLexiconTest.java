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

/** The Spanish lexicon on short statements of its own: attribution verbs, hedges, denials, negation. */
class SpanishLexiconTest {

    private static StatementAnalyzed analyze(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, "es"));
    }

    @Test
    void ownHedgedAttributionAndCondemnation() {
        StatementAnalyzed r = analyze("El Gobierno de España atribuye con un alto grado de confianza la campaña al "
                + "grupo APT28, controlado por el servicio de inteligencia militar ruso. España condena firmemente "
                + "estas acciones.", "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación");
        assertEquals("ES", r.speaker().code());
        assertEquals(Set.of("ES>apt28>RU:OWN"), Outcome.attributions(r));
        assertEquals(Confidence.ALMOST_CERTAIN, r.attributions().get(0).confidence());
        assertEquals(Set.of("ES>RU"), Outcome.condemnations(r));
    }

    @Test
    void denialByAnEmbassyNamesTheGroup() {
        StatementAnalyzed r = analyze("Moscú rechaza las acusaciones y las califica de infundadas. La embajada rusa "
                + "negó que el grupo APT28 tenga relación alguna con el Estado ruso.", "El Mundo");
        assertEquals("RU", r.speaker().code());
        assertTrue(Outcome.denials(r).contains("RU>apt28"), Outcome.denials(r).toString());
    }

    @Test
    void missingEvidenceAndConditionsAreNoAttribution() {
        StatementAnalyzed r = analyze("No hay pruebas de que el grupo Lazarus esté detrás del ataque. Si se "
                + "confirma la autoría, el Gobierno actuará.", "Gobierno de Chile");
        assertTrue(r.attributions().isEmpty(), Outcome.attributions(r).toString());
        assertTrue(r.namings().isEmpty());
    }

    @Test
    void ticksInAHealthNoticeAreNoGroup() {
        StatementAnalyzed r = analyze("Las garrapatas pueden transmitir enfermedades. Si encuentra una garrapata, "
                + "retírela con unas pinzas finas y consulte a su médico.", "Ministerio de Sanidad");
        assertTrue(r.groups().isEmpty());
        assertTrue(r.namings().isEmpty());
    }
}
