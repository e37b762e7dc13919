package org.demarche.analysis.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.demarche.analysis.match.CaseRule;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.match.PhraseAutomaton;
import org.demarche.analysis.match.PhraseSpec;
import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.SentenceIndex;
import org.demarche.contracts.analysis.Confidence;

/**
 * All phrases that matter for one language — its lexicon file, the shared {@code common.json} and the JDK's country
 * names in that language and in English — compiled into one automaton. Immutable and thread-safe.
 */
public final class CompiledLexicon {

    /** Gapped phrases ("groupe ... appelé") hold only when each gap is at most this many folded chars. */
    static final int MAX_GAP = 80;
    private static final String GAP = "...";

    private final String language;
    private final PhraseAutomaton<Term> automaton;

    private CompiledLexicon(String language, PhraseAutomaton<Term> automaton) {
        this.language = language;
        this.automaton = automaton;
    }

    public static CompiledLexicon compile(String language, List<Lexicon> lexicons) {
        PhraseAutomaton.Builder<Term> builder = PhraseAutomaton.builder();
        int phraseId = 0;
        for (Lexicon lexicon : lexicons) {
            for (LexiconEntry entry : lexicon.entries()) {
                if (entry.kind() == TermKind.HEDGE) {
                    Confidence.valueOf(entry.value());
                }
                List<String> parts = gapParts(entry.phrase());
                for (int i = 0; i < parts.size(); i++) {
                    builder.add(PhraseSpec.parse(parts.get(i)),
                            new Term(entry.kind(), entry.value(), phraseId, i, parts.size()));
                }
                phraseId++;
            }
        }
        for (String displayLanguage : displayLanguages(language)) {
            for (Map.Entry<String, String> country : CountryNames.in(displayLanguage).entrySet()) {
                String name = country.getValue();
                if (name.indexOf('(') >= 0 || name.indexOf(',') >= 0) {
                    continue;
                }
                builder.add(PhraseSpec.parse(name, CaseRule.CAPITALIZED),
                        new Term(TermKind.STATE, country.getKey(), phraseId++, 0, 1));
            }
        }
        return new CompiledLexicon(language, builder.build());
    }

    /**
     * The parts of a gapped phrase, as {@code String.split} on the literal gap would give them (empty parts kept
     * except at the end), without compiling a regex for each of the thousands of phrases.
     */
    static List<String> gapParts(String phrase) {
        List<String> parts = new ArrayList<>(2);
        int from = 0;
        for (int gap = phrase.indexOf(GAP); gap >= 0; gap = phrase.indexOf(GAP, from)) {
            parts.add(phrase.substring(from, gap));
            from = gap + GAP.length();
        }
        parts.add(phrase.substring(from));
        if (parts.size() > 1) {
            while (!parts.isEmpty() && parts.get(parts.size() - 1).isEmpty()) {
                parts.remove(parts.size() - 1);
            }
        }
        return parts;
    }

    private static List<String> displayLanguages(String language) {
        return language.equals("en") || language.isEmpty() ? List.of("en") : List.of(language, "en");
    }

    public String language() {
        return language;
    }

    /** The automaton of the lexicon's phrases, for a walk shared with another automaton. */
    public PhraseAutomaton<Term> automaton() {
        return automaton;
    }

    /** Every term in the text, gapped phrases joined into one match spanning their parts within one sentence. */
    public List<Match<Term>> scan(NormalizedText text, SentenceIndex sentences) {
        return terms(automaton.findAll(text), sentences);
    }

    /** The terms of this lexicon's raw matches in a text ({@link #automaton()}'s), as {@link #scan} gives them. */
    public List<Match<Term>> terms(List<Match<Term>> raw, SentenceIndex sentences) {
        List<Match<Term>> out = new ArrayList<>(raw.size());
        List<Match<Term>> gappedParts = new ArrayList<>();
        for (Match<Term> m : raw) {
            if (m.payload().gapped()) {
                gappedParts.add(m);
            } else {
                out.add(m);
            }
        }
        if (!gappedParts.isEmpty()) {
            gappedParts.sort(Comparator.comparingInt(Match::start));
            for (Match<Term> first : gappedParts) {
                if (first.payload().part() == 0) {
                    joinParts(first, gappedParts, sentences).ifPresent(out::add);
                }
            }
        }
        return byStartLongestFirst(out);
    }

    private static final int KEY_FIELD_BITS = 16;
    private static final int KEY_FIELD_MAX = (1 << KEY_FIELD_BITS) - 1;

    /**
     * The matches by start, the longer first at one start, otherwise in their order: a sort of primitive keys (start,
     * then length inverted, then position), as a text has a hundred matches or more and a comparator sort of them
     * costs a few per cent of an analysis. Texts past the keys' reach take the comparator.
     */
    static List<Match<Term>> byStartLongestFirst(List<Match<Term>> matches) {
        int n = matches.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            Match<Term> m = matches.get(i);
            if (n > KEY_FIELD_MAX || m.length() > KEY_FIELD_MAX || m.start() < 0) {
                matches.sort(Comparator.comparingInt((Match<Term> x) -> x.start()).thenComparingInt(x -> -x.length()));
                return matches;
            }
            keys[i] = ((long) m.start() << (2 * KEY_FIELD_BITS)) | ((long) (KEY_FIELD_MAX - m.length()) << KEY_FIELD_BITS) | i;
        }
        Arrays.sort(keys);
        List<Match<Term>> sorted = new ArrayList<>(n);
        for (long key : keys) {
            sorted.add(matches.get((int) (key & KEY_FIELD_MAX)));
        }
        return sorted;
    }

    private static java.util.Optional<Match<Term>> joinParts(Match<Term> first, List<Match<Term>> parts,
            SentenceIndex sentences) {
        int sentence = sentences.sentenceAt(first.start());
        Match<Term> last = first;
        for (int wanted = 1; wanted < first.payload().parts(); wanted++) {
            Match<Term> next = null;
            for (Match<Term> candidate : parts) {
                Term t = candidate.payload();
                if (t.phrase() == first.payload().phrase() && t.part() == wanted
                        && candidate.foldedStart() >= last.foldedEnd()
                        && candidate.foldedStart() - last.foldedEnd() <= MAX_GAP
                        && sentences.sentenceAt(candidate.start()) == sentence) {
                    next = candidate;
                    break;
                }
            }
            if (next == null) {
                return java.util.Optional.empty();
            }
            last = next;
        }
        return java.util.Optional.of(new Match<>(first.payload(), first.foldedStart(), last.foldedEnd(), first.start(),
                last.end()));
    }

    public int size() {
        return automaton.size();
    }
}
