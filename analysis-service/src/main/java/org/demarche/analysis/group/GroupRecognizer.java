package org.demarche.analysis.group;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.match.PhraseAutomaton;
import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.SentenceIndex;
import org.demarche.contracts.gazetteer.ThreatGroup;

/**
 * Finds the threat groups of a text: gazetteer names (ambiguous ones only in a cyber context), minus names that are
 * state agencies, plus groups the text introduces itself ("a group known as X", "baptisé X").
 */
public final class GroupRecognizer {

    /** An introduction cue makes an ambiguous name count when it ends at most this many folded chars before it. */
    private static final int INTRODUCTION_REACH = 40;
    private static final int MAX_NAME_TOKENS = 4;
    /** A quoted introduced name closes at most this many chars after it opens. */
    private static final int QUOTED_NAME_MAX = 40;
    private static final int UNQUOTED_NAME_MIN = 4;
    private static final int MIN_ID_DIGITS = 2;
    /** Latin letters (with their extensions) end here; isLatinNameChar uses the same bound. */
    private static final char LATIN_END = 0x250;
    private static final int MAX_ID_DIGITS = 5;
    private static final String OPENING_MARKS = " \t'\"«»“”„‘’「『《(（:：";
    private static final String CLOSING_MARKS = "'\"»”’」』》)）";
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "di", "du", "van", "von");
    private static final Set<String> ELIDED_PARTICLES = Set.of("d", "l");
    private static final String OPENING_QUOTES = "'\"«“„‘「『《";
    private static final String CLOSING_QUOTES = "'\"»”“’」』》";

    private final GroupGazetteer gazetteer;

    public GroupRecognizer(GroupGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public GroupRecognition recognize(NormalizedText text, SentenceIndex sentences, List<Match<Term>> terms) {
        return recognize(text, sentences, terms, gazetteer.automaton().findAll(text));
    }

    /** The automaton of the gazetteer's names, for a walk shared with another automaton. */
    public PhraseAutomaton<GazetteerName> automaton() {
        return gazetteer.automaton();
    }

    /** As {@link #recognize(NormalizedText, SentenceIndex, List)}, given the matches of {@link #automaton()}. */
    public GroupRecognition recognize(NormalizedText text, SentenceIndex sentences, List<Match<Term>> terms,
            List<Match<GazetteerName>> raw) {
        List<Match<GazetteerName.AgencyName>> agencies = longestFirst(agenciesOf(raw));
        List<Match<GazetteerName>> others = raw.stream().filter(m -> m.payload() instanceof GazetteerName.OtherName).toList();
        List<Match<GazetteerName.GroupName>> names = new ArrayList<>();
        for (Match<GazetteerName> m : raw) {
            if (m.payload() instanceof GazetteerName.GroupName g && !m.overlapsAny(agencies)
                    && !insideLongerName(m, others)) {
                names.add(new Match<>(g, m.foldedStart(), m.foldedEnd(), m.start(), m.end()));
            }
        }
        names = longestFirst(names);

        int count = sentences.sentences().size();
        BitSet cyberSentences = new BitSet(count);
        List<Match<Term>> introductions = new ArrayList<>();
        for (Match<Term> t : terms) {
            if (t.payload().kind() == TermKind.CYBER_CONTEXT) {
                cyberSentences.set(Math.max(0, sentences.sentenceAt(t.start())));
            } else if (t.payload().kind() == TermKind.GROUP_INTRODUCTION) {
                introductions.add(t);
            }
        }
        // a state agency (GRU, MSS) in the sentence is as good a cyber context as a cue word
        agencies.forEach(a -> cyberSentences.set(Math.max(0, sentences.sentenceAt(a.start()))));
        Set<String> certain = new HashSet<>();
        for (Match<GazetteerName.GroupName> m : names) {
            if (!m.payload().ambiguous()) {
                cyberSentences.set(Math.max(0, sentences.sentenceAt(m.start())));
                certain.add(m.payload().key());
            }
        }
        // a weak cue before a word ("이른바 샌드웜", "so-called") makes it a group only in a text about cyber matters
        boolean cyberText = !cyberSentences.isEmpty();
        List<GroupHit> hits = new ArrayList<>();
        List<Match<GazetteerName.GroupName>> pending = new ArrayList<>();
        for (Match<GazetteerName.GroupName> m : names) {
            int sentence = Math.max(0, sentences.sentenceAt(m.start()));
            boolean introduced = introducedBy(m, introductions, cyberText);
            if (m.payload().ambiguous() && !introduced && namesAPlace(m, terms)) {
                // "BEIJING (AP) -": the short form of "Beijing Group" that is a capital's or state's name is the place
                continue;
            }
            if (m.payload().ambiguous() && !introduced
                    && (insideLongerName(text.original(), m.start(), sentences.sentences().get(sentence).start())
                    || modifiesAWord(text.original(), m.end()) && !gazetteer.keepsGroup(wordAfterHyphen(text.original(), m.end())))) {
                continue;
            }
            if (!m.payload().ambiguous() || cyberSentences.get(sentence) || introduced) {
                certain.add(m.payload().key());
                hits.add(hit(text, m.payload(), m.start(), m.end(), sentence));
            } else {
                pending.add(m);
            }
        }
        for (Match<GazetteerName.GroupName> m : pending) {
            if (certain.contains(m.payload().key())) {
                hits.add(hit(text, m.payload(), m.start(), m.end(), Math.max(0, sentences.sentenceAt(m.start()))));
            }
        }
        List<GroupHit> introduced = new ArrayList<>();
        for (Match<Term> intro : introductions) {
            Optional<int[]> found = introducedName(text.original(), intro.end())
                    .or(() -> introducedNameBefore(text.original(), intro.start()));
            if (found.isEmpty()) {
                continue;
            }
            int[] span = found.get();
            dropWordsOfQuotedName(text.original(), span, hits, names);
            if (hits.stream().noneMatch(h -> overlaps(span, h.start(), h.end()))
                    && introduced.stream().noneMatch(h -> overlaps(span, h.start(), h.end()))
                    && agencies.stream().noneMatch(a -> overlaps(span, a.start(), a.end()))
                    && others.stream().noneMatch(o -> overlaps(span, o.start(), o.end()))) {
                introduced.add(newGroup(text.original(), span, sentences.sentenceAt(intro.start())));
            }
        }
        hits.addAll(introduced);
        hits.addAll(trackingIds(text.original(), raw, hits, agencies, sentences));
        hits.addAll(laterMentions(text.original(), introduced, hits, sentences));
        hits.sort(Comparator.comparingInt(GroupHit::start));
        List<GroupHit> all = LocalAliases.extend(text.original(), hits, sentences::sentenceAt);
        return new GroupRecognition(all, agencies);
    }

    private static boolean namesAPlace(Match<GazetteerName.GroupName> m, List<Match<Term>> terms) {
        for (Match<Term> t : terms) {
            TermKind kind = t.payload().kind();
            if ((kind == TermKind.STATE || kind == TermKind.CAPITAL || kind == TermKind.DEMONYM)
                    && t.foldedStart() == m.foldedStart() && t.foldedEnd() == m.foldedEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A quoted new name holds an ambiguous gazetteer word ("« Iron Lantern »", "“Copper Kite”"): the quotes say the
     * whole is the name, so the word inside is dropped from the hits.
     */
    private static void dropWordsOfQuotedName(String original, int[] span, List<GroupHit> hits,
            List<Match<GazetteerName.GroupName>> names) {
        int before = span[0] - 1;
        while (before >= 0 && Character.isSpaceChar(original.charAt(before))) {
            before--;
        }
        int after = span[1];
        while (after < original.length() && Character.isSpaceChar(original.charAt(after))) {
            after++;
        }
        boolean quoted = before >= 0 && OPENING_QUOTES.indexOf(original.charAt(before)) >= 0
                && after < original.length() && CLOSING_QUOTES.indexOf(original.charAt(after)) >= 0;
        if (!quoted) {
            return;
        }
        List<GroupHit> inside = hits.stream().filter(h -> overlaps(span, h.start(), h.end())).toList();
        boolean onlyAmbiguousWords = inside.stream().allMatch(h -> h.start() >= span[0] && h.end() <= span[1]
                && h.end() - h.start() < span[1] - span[0]
                && names.stream().anyMatch(m -> m.start() == h.start() && m.end() == h.end() && m.payload().ambiguous()));
        if (onlyAmbiguousWords) {
            hits.removeAll(inside);
        }
    }

    /**
     * Numbered tracking ids the catalogue lacks ("UNC5812", "Storm-2035"): the prefix the automaton found, then
     * {@link #MIN_ID_DIGITS}-{@link #MAX_ID_DIGITS} digits and a word end; a catalogue id is already a longer hit.
     */
    private List<GroupHit> trackingIds(String original, List<Match<GazetteerName>> raw, List<GroupHit> hits,
            List<Match<GazetteerName.AgencyName>> agencies, SentenceIndex sentences) {
        List<GroupHit> out = new ArrayList<>();
        for (Match<GazetteerName> m : raw) {
            if (!(m.payload() instanceof GazetteerName.TrackingPrefix)) {
                continue;
            }
            int from = m.end();
            if (from < original.length() && original.charAt(from) == '-') {
                from++;
            }
            int to = from;
            while (to < original.length() && Character.isDigit(original.charAt(to))) {
                to++;
            }
            // "TA17-164A" (an advisory number) goes on after a hyphen: no id
            boolean wordEnd = to == original.length() || !Character.isLetterOrDigit(original.charAt(to))
                    && !(original.charAt(to) == '-' && to + 1 < original.length()
                            && Character.isLetterOrDigit(original.charAt(to + 1)));
            int start = m.start();
            int end = to;
            if (to - from < MIN_ID_DIGITS || to - from > MAX_ID_DIGITS || !wordEnd
                    || hits.stream().anyMatch(h -> h.start() < end && start < h.end())
                    || agencies.stream().anyMatch(a -> a.start() < end && start < a.end())) {
                continue;
            }
            out.add(newGroup(original, new int[] {start, end}, sentences.sentenceAt(start)));
        }
        return out;
    }

    /** Whether [span[0], span[1]) and [start, end) share a char. */
    private static boolean overlaps(int[] span, int start, int end) {
        return start < span[1] && span[0] < end;
    }

    /** The name at {@code span}: the catalogue's group when it knows the name, else a group it lacks. */
    private GroupHit newGroup(String original, int[] span, int sentence) {
        String written = original.substring(span[0], span[1]);
        Optional<ThreatGroup> known = gazetteer.catalog().resolve(written);
        return known.map(g -> new GroupHit(g, g.name(), written, span[0], span[1], Math.max(0, sentence)))
                .orElseGet(() -> new GroupHit(null, written, written, span[0], span[1], Math.max(0, sentence)));
    }

    private static GroupHit hit(NormalizedText text, GazetteerName.GroupName name, int start, int end, int sentence) {
        ThreatGroup group = name.group();
        return new GroupHit(group, group != null ? group.name() : name.name(), text.original().substring(start, end), start,
                end, sentence);
    }

    /**
     * After a cue ("the group known as Lazarus") in a text with some cyber context, or glued to a group noun after it
     * ("Lazarus-groep").
     */
    private static boolean introducedBy(Match<?> name, List<Match<Term>> introductions, boolean cyberText) {
        return introductions.stream().anyMatch(i -> cyberText && i.foldedEnd() <= name.foldedStart()
                && name.foldedStart() - i.foldedEnd() <= INTRODUCTION_REACH
                || i.foldedStart() >= name.foldedEnd() && i.foldedStart() - name.foldedEnd() <= 1);
    }

    /**
     * Whether an ambiguous name continues a capitalised name ("Carbis Bay Summit", "Saint Lazarus"): then it is part
     * of another proper name, not a group.
     */
    static boolean insideLongerName(String original, int start, int sentenceStart) {
        int i = start - 1;
        while (i > sentenceStart && original.charAt(i) == ' ') {
            i--;
        }
        if (i <= sentenceStart || i == start - 1 || !Character.isLetter(original.charAt(i))) {
            return false;
        }
        int wordEnd = i + 1;
        while (i > sentenceStart && Character.isLetter(original.charAt(i - 1))) {
            i--;
        }
        return wordEnd - i >= 2 && Character.isUpperCase(original.charAt(i)) && i > sentenceStart;
    }

    /**
     * Whether an ambiguous name is the first half of a hyphenated modifier ("Chromium-basierte Browser", "Chromium-based"):
     * then it names the ordinary thing. A capitalised second half ("Hafnium-Angriffe"), a group noun glued to it
     * ("Lazarus-groep", an introduction) or a link word of {@code gazetteer/group-modifiers.txt} ("Sandworm-linked")
     * still names the group.
     */
    static boolean modifiesAWord(String original, int end) {
        return end + 1 < original.length() && original.charAt(end) == '-'
                && Character.isLowerCase(original.charAt(end + 1));
    }

    /** The lower-case word after the hyphen at {@code hyphen} ("linked" in "Sandworm-linked"). */
    static String wordAfterHyphen(String original, int hyphen) {
        int j = hyphen + 1;
        while (j < original.length() && Character.isLetter(original.charAt(j))) {
            j++;
        }
        return original.substring(hyphen + 1, j);
    }

    /** The capitalised name right after an introduction cue, as [start, end) in the original text. */
    static Optional<int[]> introducedName(String original, int from) {
        int i = from;
        while (i < original.length() && OPENING_MARKS.indexOf(original.charAt(i)) >= 0) {
            i++;
        }
        int start = i;
        Optional<int[]> quoted = quotedName(original, start);
        if (quoted.isPresent()) {
            return quoted;
        }
        int end = i;
        int tokens = 0;
        while (i < original.length() && tokens < MAX_NAME_TOKENS) {
            char first = original.charAt(i);
            if (tokens > 0) {
                // a particle inside a name: "Nuage d'Encre", "Lobo del Mar", "Volpe di Sabbia"
                i = afterParticle(original, i);
                first = original.charAt(i);
            }
            if (!(Character.isUpperCase(first) || Character.isDigit(first))) {
                break;
            }
            int j = i;
            // a Latin name ends where another script starts: "Storm-9911并称" (Chinese writes no space after it)
            boolean latin = original.charAt(i) < LATIN_END;
            while (j < original.length() && isNameChar(original, j) && (!latin || original.charAt(j) < LATIN_END)) {
                j++;
            }
            end = j;
            tokens++;
            if (j + 1 < original.length() && original.charAt(j) == ' ') {
                i = j + 1;
            } else {
                break;
            }
        }
        return end - start >= 2 ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    /**
     * «IT-армия Украины», "Cyber Army of Russia": a capitalised name inside quote marks right after the cue is the
     * whole quoted text, lower-case words and script changes included, when it closes within a few words.
     */
    private static Optional<int[]> quotedName(String original, int start) {
        if (start == 0 || start >= original.length() || OPENING_QUOTES.indexOf(original.charAt(start - 1)) < 0
                || !(Character.isUpperCase(original.charAt(start)) || Character.isDigit(original.charAt(start)))) {
            return Optional.empty();
        }
        int spaces = 0;
        for (int k = start; k < original.length() && k - start <= QUOTED_NAME_MAX; k++) {
            char c = original.charAt(k);
            if (closes(original.charAt(start - 1), c)) {
                return k - start >= 2 ? Optional.of(new int[] {start, k}) : Optional.empty();
            }
            if (c == ' ' && ++spaces >= MAX_NAME_TOKENS || c == '\n' || c == ',' || c == '.' || c == ';') {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Whether {@code close} ends a quote opened by {@code open}: "»" for "«", not the apostrophe of "d'Encre". */
    private static boolean closes(char open, char close) {
        return switch (open) {
            case '«' -> close == '»';
            case '“' -> close == '”' || close == '"';
            case '„' -> close == '“' || close == '”';
            case '‘' -> close == '’';
            case '「' -> close == '」';
            case '『' -> close == '』';
            case '《' -> close == '》';
            default -> close == open;
        };
    }

    /** Where the capitalised word after a lower-case name particle starts, or {@code at} when there is none. */
    private static int afterParticle(String original, int at) {
        int j = at;
        while (j < original.length() && Character.isLowerCase(original.charAt(j))) {
            j++;
        }
        if (j == at || j + 1 >= original.length()) {
            return at;
        }
        String word = original.substring(at, j);
        char sep = original.charAt(j);
        boolean elided = ELIDED_PARTICLES.contains(word) && (sep == '\'' || sep == '\u2019');
        boolean spaced = NAME_PARTICLES.contains(word) && sep == ' ';
        return (elided || spaced) && Character.isUpperCase(original.charAt(j + 1)) ? j + 1 : at;
    }

    /**
     * The Latin-script name written right before a cue that follows it without a space, as Japanese and Korean do
     * ("「Ghost Kite」として知られる", "블랙캣(BlackCat)으로 알려진"), as [start, end) in the original text.
     */
    static Optional<int[]> introducedNameBefore(String original, int cueStart) {
        int end = cueStart;
        while (end > 0 && CLOSING_MARKS.indexOf(original.charAt(end - 1)) >= 0) {
            end--;
        }
        // only a quoted name or one glued to a cue in another script: "Hackergruppe" is no name before "gruppe"
        boolean quoted = end < cueStart;
        boolean otherScript = cueStart < original.length() && Character.isLetter(original.charAt(cueStart))
                && !isLatinNameChar(original.charAt(cueStart));
        while (end > 0 && "-._".indexOf(original.charAt(end - 1)) >= 0) {
            end--;
        }
        if (!(quoted || otherScript) || end == 0 || !isLatinNameChar(original.charAt(end - 1))) {
            return Optional.empty();
        }
        int start = end;
        while (start > 0 && (isLatinNameChar(original.charAt(start - 1))
                || original.charAt(start - 1) == ' ' && start - 1 > 0 && isLatinNameChar(original.charAt(start - 2))
                        && Character.isUpperCase(original.charAt(start)))) {
            start--;
        }
        boolean capitalised = Character.isUpperCase(original.charAt(start)) || Character.isDigit(original.charAt(start));
        boolean opened = start == 0 || OPENING_MARKS.indexOf(original.charAt(start - 1)) >= 0
                || !isLatinNameChar(original.charAt(start - 1));
        // unquoted, a short capital word glued to the cue is a generic label ("APT攻撃グループ"), not a name
        int shortest = quoted ? 2 : UNQUOTED_NAME_MIN;
        return capitalised && opened && end - start >= shortest ? Optional.of(new int[] {start, end}) : Optional.empty();
    }

    private static boolean isLatinNameChar(char c) {
        return c < LATIN_END && (Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_');
    }

    /** Once a text has introduced a new group, its other mentions of the exact name are that group too. */
    private static List<GroupHit> laterMentions(String original, List<GroupHit> introduced, List<GroupHit> hits,
            SentenceIndex sentences) {
        List<GroupHit> out = new ArrayList<>();
        for (GroupHit g : introduced) {
            String name = g.mention();
            for (int i = original.indexOf(name); i >= 0; i = original.indexOf(name, i + 1)) {
                int from = i;
                int to = i + name.length();
                boolean whole = (from == 0 || !isLatinNameChar(original.charAt(from - 1)))
                        && (to == original.length() || !isLatinNameChar(original.charAt(to)));
                boolean taken = hits.stream().anyMatch(h -> h.start() < to && from < h.end())
                        || out.stream().anyMatch(h -> h.start() < to && from < h.end());
                if (whole && !taken) {
                    out.add(new GroupHit(g.group(), g.name(), name, from, to, Math.max(0, sentences.sentenceAt(from))));
                }
            }
        }
        return out;
    }

    private static boolean isNameChar(String s, int i) {
        char c = s.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean inner = (c == '-' || c == '.' || c == '_') && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1));
        return inner;
    }

    private static boolean insideLongerName(Match<GazetteerName> m, List<Match<GazetteerName>> others) {
        for (Match<GazetteerName> o : others) {
            if (o.overlaps(m) && o.length() > m.length()) {
                return true;
            }
        }
        return false;
    }

    private static List<Match<GazetteerName>> agenciesOf(List<Match<GazetteerName>> raw) {
        return raw.stream().filter(m -> m.payload() instanceof GazetteerName.AgencyName).toList();
    }

    /** Keeps the longest of overlapping matches (then the leftmost). */
    @SuppressWarnings("unchecked")
    static <T, R> List<Match<R>> longestFirst(List<Match<T>> matches) {
        List<Match<T>> sorted = new ArrayList<>(matches);
        sorted.sort(Comparator.comparingInt((Match<T> m) -> -m.length()).thenComparingInt(Match::start));
        List<Match<R>> kept = new ArrayList<>();
        for (Match<T> m : sorted) {
            if (!m.overlapsAny(kept)) {
                kept.add((Match<R>) m);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        return kept;
    }
}
