package org.demarche.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class CompiledLexiconTest {

    @Test
    void gapPartsAreWhatSplittingOnTheLiteralGapGives() {
        for (String phrase : List.of("attributed", "derrière ... soit", "a ... b ... c", "ends with ...", "...",
                "... leads", "a......b", "a....b", "", "no gap . here ..")) {
            assertEquals(List.of(phrase.split(Pattern.quote("..."))), CompiledLexicon.gapParts(phrase), phrase);
        }
    }
}
