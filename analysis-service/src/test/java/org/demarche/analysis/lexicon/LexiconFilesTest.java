package org.demarche.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
        assertTrue(a.fingerprint().matches("[0-9a-f]{12}"), a.fingerprint());
    }

    @Test
    void fingerprintIsTheSameForTheSameReadsInTheSameOrder() {
        ResourceData a = new ResourceData();
        a.require(LexiconSet.COMMON);
        a.require("lexicon/en.json");
        ResourceData again = new ResourceData();
        again.require(LexiconSet.COMMON);
        again.require("lexicon/en.json");
        ResourceData reversed = new ResourceData();
        reversed.require("lexicon/en.json");
        reversed.require(LexiconSet.COMMON);
        assertEquals(a.fingerprint(), again.fingerprint());
        assertNotEquals(a.fingerprint(), reversed.fingerprint());
    }

    @Test
    void aLexiconBesideTheCommonOneIsFoundAndAMissingOneIsNot() {
        ResourceData data = new ResourceData();
        Map<String, byte[]> found = data.readBeside(LexiconSet.COMMON, List.of("xx.json", "de.json"));
        assertTrue(found.containsKey("de.json"));
        assertFalse(found.containsKey("xx.json"));
        assertThrows(IllegalStateException.class, () -> data.readBeside("lexicon/none.json", List.of("de.json")));
    }
}
