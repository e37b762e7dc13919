package org.demarche.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.demarche.analysis.match.Match;
import org.junit.jupiter.api.Test;

class CompiledLexiconTest {

    @Test
    void gapPartsAreWhatSplittingOnTheLiteralGapGives() {
        for (String phrase : List.of("attributed", "derrière ... soit", "a ... b ... c", "ends with ...", "...",
                "... leads", "a......b", "a....b", "", "no gap . here ..")) {
            assertEquals(List.of(phrase.split(Pattern.quote("..."))), CompiledLexicon.gapParts(phrase), phrase);
        }
    }

    @Test
    void matchesSortByStartTheLongerFirstAndOtherwiseKeepTheirOrder() {
        Random random = new Random(7);
        List<Match<Term>> matches = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int start = random.nextInt(40);
            int length = 1 + random.nextInt(4);
            matches.add(new Match<>(new Term(TermKind.CONJUNCTION, "and", i, 0, 1), start, start + length, start,
                    start + length));
        }
        List<Match<Term>> expected = new ArrayList<>(matches);
        expected.sort(Comparator.comparingInt((Match<Term> m) -> m.start()).thenComparingInt(m -> -m.length()));
        List<Match<Term>> sorted = CompiledLexicon.byStartLongestFirst(new ArrayList<>(matches));
        assertEquals(expected, sorted);
    }
}
