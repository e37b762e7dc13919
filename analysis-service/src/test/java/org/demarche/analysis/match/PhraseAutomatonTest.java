package org.demarche.analysis.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.demarche.analysis.text.NormalizedText;
import org.junit.jupiter.api.Test;

class PhraseAutomatonTest {

    private static List<String> found(PhraseAutomaton<String> automaton, String text) {
        return automaton.findAll(NormalizedText.of(text)).stream()
                .map(m -> m.payload() + "@" + text.substring(m.start(), m.end()))
                .toList();
    }

    @Test
    void toleratesCaseSpacingAndHyphens() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("APT40", "apt40").add("Cozy Bear", "cozy").build();
        assertEquals(List.of("apt40@APT 40", "apt40@apt-40", "apt40@APT40", "cozy@cozy-bear"),
                found(a, "APT 40, apt-40 and APT40 alias cozy-bear"));
    }

    @Test
    void respectsWordBoundariesInLatinScript() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("Tick", "tick").add("APT4", "apt4").build();
        assertEquals(List.of(), found(a, "sticky APT40 ticks"));
        assertEquals(List.of("tick@Tick"), found(a, "«Tick»"));
    }

    @Test
    void spacesOnlyWhereThePhraseAllowsThem() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("SEA", "sea").build();
        assertEquals(List.of(), found(a, "se a"));
    }

    @Test
    void caseRules() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder()
                .add("=UN", "un")
                .add(new PhraseSpec("Tick", CaseRule.CAPITALIZED, true, true), "tick")
                .build();
        assertEquals(List.of("un@UN"), found(a, "un rapport de l'UN"));
        assertEquals(List.of("tick@Tick"), found(a, "a tick, Tick"));
    }

    @Test
    void stemsAndSuffixes() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("chinois*", "cn").add("*angriff", "attack").build();
        // the match covers the phrase; the rest of the word may follow (stem) or precede (suffix)
        assertEquals(List.of("cn@chinois", "attack@angriff"), found(a, "autorités chinoises, Cyberangriff"));
        assertEquals(List.of(), found(a, "angriffe"));
    }

    @Test
    void cjkMatchesWithoutWordBoundaries() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("라자루스", "lazarus").add("中国", "cn").build();
        assertEquals(List.of("lazarus@라자루스", "cn@中国"), found(a, "라자루스와 中国政府"));
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("l'APT40", "x").build();
        String text = "ＡＢ l’APT40";
        List<Match<String>> m = a.findAll(NormalizedText.of(text));
        assertEquals("l’APT40", text.substring(m.get(0).start(), m.get(0).end()));
    }

    @Test
    void longTextsAreScannedAsTheirPartsAre() {
        // long texts are walked by two cursors: wherever the second one starts, nothing may be lost or doubled
        PhraseAutomaton<String> a = PhraseAutomaton.<String>builder().add("APT40", "apt40").add("Cozy Bear", "cozy")
                .add("Bear", "bear").add("the group known as", "known").add("中国", "cn").build();
        String part = "the group known as Cozy Bear, APT 40 and 中国; ";
        List<String> once = found(a, part);
        assertEquals(List.of("known@the group known as", "cozy@Cozy Bear", "bear@Bear", "apt40@APT 40", "cn@中国"),
                once);
        int repeats = 30;
        for (int pad = 0; pad < part.length(); pad++) {
            List<String> expected = new ArrayList<>();
            for (int r = 0; r < repeats; r++) {
                expected.addAll(once);
            }
            assertEquals(expected, found(a, "x".repeat(pad) + " " + part.repeat(repeats)), "padding " + pad);
        }
    }

    @Test
    void twoAutomataWalkedTogetherFindWhatEachFindsAlone() {
        PhraseAutomaton<String> words = PhraseAutomaton.<String>builder().add("the group known as", "known")
                .add("and", "and").add("中国", "cn").add("responsible for the", "responsible").build();
        PhraseAutomaton<Integer> names = PhraseAutomaton.<Integer>builder().add("APT40", 40).add("Cozy Bear", 29)
                .add("Bear", 0).add("a very long name of a group that is longer than any word above", 1).build();
        String part = "the group known as Cozy Bear, APT 40 and 中国 are responsible for the a very long name of a "
                + "group that is longer than any word above; ";
        for (int repeats : new int[] {1, 2, 9}) {
            for (int pad = 0; pad < 70; pad += 7) {
                NormalizedText text = NormalizedText.of("x".repeat(pad) + " " + part.repeat(repeats));
                PhraseAutomaton.Found<String, Integer> both = PhraseAutomaton.findAll(text, words, names);
                assertEquals(words.findAll(text), both.first(), "words, padding " + pad);
                assertEquals(names.findAll(text), both.second(), "names, padding " + pad);
                assertEquals(4 * repeats, both.second().size(), "names, padding " + pad);
            }
        }
    }
}
