package org.demarche.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.Test;

class LexiconFilesTest {

    @Test
    void everyLexiconOnTheClasspathLoadsAndCompiles() {
        LexiconSet set = LexiconSet.load(new ResourceData());
        assertTrue(set.languages().contains("en"));
        assertTrue(set.languages().contains("fr"));
        for (String language : set.languages()) {
            assertTrue(set.forLanguage(language).size() > 100, language);
        }
        for (Lexicon lexicon : set.all()) {
            for (LexiconEntry e : lexicon.entries()) {
                assertFalse(e.phrase().isBlank(), lexicon.language());
                if (e.kind() == TermKind.HEDGE) {
                    Confidence.valueOf(e.value());
                }
            }
        }
    }

    @Test
    void unknownLanguageFallsBackToEnglish() {
        LexiconSet set = LexiconSet.load(new ResourceData());
        assertTrue(set.forLanguage("pt").language().equals("en"));
    }

    @Test
    void malformedSectionIsRejected() {
        String json = "{\"language\":\"xx\",\"states\":[\"China\"]}";
        assertThrows(IllegalArgumentException.class,
                () -> Lexicon.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void fingerprintFollowsTheData() {
        ResourceData a = new ResourceData();
        a.require(LexiconSet.COMMON);
        ResourceData b = new ResourceData();
        b.require("lexicon/en.json");
        assertFalse(a.fingerprint().equals(b.fingerprint()));
    }
}
