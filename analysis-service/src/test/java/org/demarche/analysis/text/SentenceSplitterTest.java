package org.demarche.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void headlineIsItsOwnSentenceAndOffsetsAreOriginal() {
        String text = "Headline without stop\n\nFirst sentence here. Second one.";
        List<Sentence> s = splitter.split(text, "en");
        assertEquals(List.of("Headline without stop", "First sentence here.", "Second one."),
                s.stream().map(Sentence::text).toList());
        s.forEach(x -> assertEquals(x.text(), text.substring(x.start(), x.end())));
    }

    @Test
    void initialismsAndTitlesDoNotEndSentences() {
        List<Sentence> s = splitter.split("It was the U.S. Government that acted. M. Yoshida spoke.", "en");
        assertEquals(List.of("It was the U.S. Government that acted.", "M. Yoshida spoke."),
                s.stream().map(Sentence::text).toList());
    }

    @Test
    void foldingKeepsOffsets() {
        NormalizedText t = NormalizedText.of("L’État  chinois");
        assertEquals("l'etat chinois", t.folded());
        assertEquals(0, t.originalStart(0));
        assertEquals("chinois", t.original().substring(t.originalStart(7), t.originalEnd(t.length() - 1)));
    }
}
