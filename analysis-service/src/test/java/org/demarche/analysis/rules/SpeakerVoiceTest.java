package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.demarche.analysis.AnalyzerFixture;
import org.junit.jupiter.api.Test;

class SpeakerVoiceTest {

    private static String speaker(String text) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, "Daily Wire Service", "en")).speaker().code();
    }

    @Test
    void severalDenialWordsInOneSentenceCountOnce() {
        assertEquals("GB", speaker("Cyber news roundup. "
                + "The United Kingdom said that APT28 is sponsored by Russia. "
                + "The United Kingdom said that the group targeted ministries. "
                + "Russia denied the groundless, baseless and unfounded accusations."));
    }

    @Test
    void anActorQuotedInMoreSentencesWins() {
        assertEquals("RU", speaker("Cyber news roundup. "
                + "The United Kingdom said that APT28 is sponsored by Russia. "
                + "Russia denied the accusations. Russia rejected the allegations as groundless."));
    }
}
