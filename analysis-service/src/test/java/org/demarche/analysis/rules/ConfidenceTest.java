package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.demarche.analysis.AnalyzerFixture;
import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.Test;

class ConfidenceTest {

    private static Confidence confidence(String text, String publisher) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, publisher, null)).attributions().get(0).confidence();
    }

    @Test
    void englishHedges() {
        assertEquals(Confidence.ALMOST_CERTAIN, confidence("We assess that APT29 almost certainly operates on behalf of "
                + "the Russian intelligence services.", "National Cyber Security Centre"));
        assertEquals(Confidence.HIGHLY_LIKELY, confidence("It is highly likely that APT29 is sponsored by Russia.",
                "National Cyber Security Centre"));
        assertEquals(Confidence.ASSERTED, confidence("APT29 is sponsored by Russia.", "National Cyber Security Centre"));
    }

    @Test
    void frenchHedgesPreferTheLongerPhrase() {
        assertEquals(Confidence.HIGHLY_LIKELY, confidence("Il est fort probable que le groupe APT31 soit soutenu par "
                + "l'État chinois.", "Ministère de l'Europe et des Affaires étrangères"));
        assertEquals(Confidence.LIKELY, confidence("Le groupe APT31 est probablement lié à la Chine.",
                "Ministère de l'Europe et des Affaires étrangères"));
    }
}
