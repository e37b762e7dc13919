package org.demarche.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The token-by-token reader must give what reading the file's JSON tree by the format's rules gives. */
class LexiconReadTest {

    @Test
    void everyLexiconFileReadsAsItsJsonTreeSays() throws Exception {
        int files = 0;
        List<String> names = new ArrayList<>(List.of("common"));
        for (String code : Locale.getISOLanguages()) {
            names.add(code);
        }
        for (String name : names) {
            byte[] file;
            try (InputStream in = getClass().getClassLoader().getResourceAsStream("lexicon/" + name + ".json")) {
                if (in == null) {
                    continue;
                }
                file = in.readAllBytes();
            }
            Lexicon read = Lexicon.read(new ByteArrayInputStream(file));
            assertEquals(fromTree(new ObjectMapper().readTree(file)), read, name);
            assertTrue(read.entries().size() > 100, name + ": " + read.entries().size());
            files++;
        }
        assertEquals(11, files);
    }

    @Test
    void unknownSectionsAndNestedValuesAreSkippedNullSectionsIgnored() {
        Lexicon lexicon = read("{\"language\": \"xx\", \"notes\": {\"a\": [1, {\"b\": 2}]}, \"states\": {\"FR\": "
                + "[\"France\", \"\", [\"x\"], \"Hexagone\"]}, \"cues\": {\"unknown\": [\"y\"], \"condemnation\": null}}");
        assertEquals("xx", lexicon.language());
        assertEquals(List.of(new LexiconEntry(TermKind.STATE, "FR", "France"),
                new LexiconEntry(TermKind.STATE, "FR", "Hexagone")), lexicon.entries());
    }

    @Test
    void sectionsOfTheWrongShapeAndBrokenJsonAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> read("{\"states\": {\"FR\": \"France\"}}"));
        assertThrows(IllegalArgumentException.class, () -> read("[]"));
        assertThrows(UncheckedIOException.class, () -> read("{\"states\": {"));
    }

    private static Lexicon read(String json) {
        return Lexicon.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The format's rules applied to the whole JSON tree (how the reader worked until 26 Nov). */
    private static Lexicon fromTree(JsonNode root) {
        List<LexiconEntry> entries = new ArrayList<>();
        JsonNode cues = root.path("cues");
        for (TermKind kind : TermKind.values()) {
            JsonNode section = kind.isCue() ? cues.path(kind.section()) : root.path(kind.section());
            if (section.isMissingNode() || section.isNull()) {
                continue;
            }
            if (kind.coded()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> codeAndPhrases = it.next();
                    codeAndPhrases.getValue().forEach(n -> {
                        if (!n.asText().isBlank()) {
                            entries.add(new LexiconEntry(kind, codeAndPhrases.getKey(), n.asText()));
                        }
                    });
                }
            } else {
                section.forEach(n -> {
                    if (!n.asText().isBlank()) {
                        entries.add(new LexiconEntry(kind, null, n.asText()));
                    }
                });
            }
        }
        return new Lexicon(root.path("language").asText(""), entries);
    }
}
