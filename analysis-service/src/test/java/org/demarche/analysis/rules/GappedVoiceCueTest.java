package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.demarche.analysis.AnalyzerFixture;
import org.junit.jupiter.api.Test;

class GappedVoiceCueTest {

    private static List<String> attributions(String text, String language) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, "Tageszeitung", language)).attributions().stream()
                .map(a -> a.attributor() + "|" + a.group() + "|" + a.sponsor()).sorted().toList();
    }

    @Test
    void theAccusedInsideAGappedGermanCueIsTheSponsor() {
        assertEquals(List.of("DE|null|RU"),
                attributions("Die Bundesregierung macht Russland für den Cyberangriff verantwortlich.", "de"));
    }
}
