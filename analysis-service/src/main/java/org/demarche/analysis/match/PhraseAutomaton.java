package org.demarche.analysis.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.SpacelessText;
import org.demarche.analysis.text.TextFolding;

/**
 * Aho–Corasick automaton over folded phrases, built once and then shared by all threads (immutable after
 * {@link Builder#build()}). Spaces are not part of the keys: the text is fed without its spaces and a match is kept
 * only where the text's spaces fall at places the phrase allows (its own spaces and letter/digit seams), so
 * "APT40", "APT 40" and "apt-40" all match "APT40", and "Cozy Bear" matches "cozy-bear".
 *
 * <p>Everything lives in flat arrays indexed by state. The shallow states, where a scan spends most of its steps,
 * come first (breadth-first from the root 0) and get a dense row of complete transitions (failure links already
 * followed) over the automaton's own alphabet, so that a step there is one array read. The deeper states, numbered
 * depth first so that walking down a phrase reads memory in order, keep their sorted edges and fall back along their
 * failure links until they reach a dense state.
 */
public final class PhraseAutomaton<T> {

    private static final int NONE = -1;
    private static final int ALPHABET = 0x10000;
    /** Up to this many edges a state's edges are scanned in order, above it they are binary-searched. */
    private static final int LINEAR_EDGES = 4;
    /**
     * Cells of the dense transition table (2 bytes each, so at most 512 KB per automaton, or 4 bytes past 65,536
     * states): the shallowest states get rows until it is spent. A Latin-script lexicon (about 100 letters) gets its
     * first 2,500 states, a Chinese one (about 800 characters) its first 300. Larger tables measured no faster: they
     * fall out of the caches.
     */
    static final int DENSE_CELLS = 1 << 18;
    /** Texts shorter than this (plus {@link #longest}) are walked by one cursor: two would gain too little. */
    static final int TWO_CURSOR_MIN_LENGTH = 256;

    /** Edges of state s are at [edgeStart[s], edgeStart[s + 1]) of the flat arrays, sorted by char. */
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    /** The class of each char in the automaton's alphabet; 0 for a char no phrase contains. */
    private final char[] charClass;
    private final int classes;
    /** States below this number have a dense row in {@link #delta}. */
    private final int denseStates;
    /**
     * Complete transitions of the dense states: the state after {@code s} reads a char of class c is at
     * s * classes + c; two bytes a cell when every state number fits ({@link #wideDelta} is null then), four
     * otherwise. Classes are numbered by how often their char labels an edge, so the cells a scan reads most sit
     * together at the start of each row.
     */
    private final char[] delta;
    private final int[] wideDelta;
    private final int[] fail;
    /**
     * The candidates of state s — every phrase ending at s or at a state on its failure chain, nearest first — are
     * records [candidatesStart[s], candidatesStart[s + 1]) of {@link #candidates}. Flattened at build time (a few
     * thousand records per automaton) so that a scan reads them in one run instead of chasing the failure chain and
     * seven per-phrase arrays; most candidates fail their boundary check, so those reads are most of a scan's work.
     */
    private final int[] candidatesStart;
    /** Two longs a record: the phrase's {@link #meta} bits, then its allowed breaks (bit i: a space before char i). */
    private final long[] candidates;

    private static final int LENGTH_BITS = 0xFFFF;
    private static final long LEFT_BOUNDARY = 1L << 16;
    private static final long RIGHT_BOUNDARY = 1L << 17;
    private static final long CASE_SENSITIVE = 1L << 18;
    private static final int PHRASE_SHIFT = 32;

    private final Object[] payloads;
    private final CaseRule[] caseRules;
    /** Allowed breaks of the phrases longer than 64 chars (null for the others, whose record holds them). */
    private final BitSet[] longBreaks;
    private final String[] letters;
    /** The longest phrase, in chars of the compact text. */
    private final int longest;

    private PhraseAutomaton(Builder<T> b, int[] edgeStart, char[] edgeChars, int[] edgeTargets, DenseTable dense,
            int[] fail, int[] report, int[] patternsStart, int[] patternsAt) {
        this.edgeStart = edgeStart;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        this.charClass = dense.charClass();
        this.classes = dense.classes();
        this.denseStates = dense.states();
        this.delta = dense.delta();
        this.wideDelta = dense.wideDelta();
        this.fail = fail;
        int n = b.patterns.size();
        this.payloads = new Object[n];
        this.caseRules = new CaseRule[n];
        this.longBreaks = new BitSet[n];
        this.letters = new String[n];
        long[] meta = new long[n];
        long[] breakMasks = new long[n];
        int longest = 0;
        for (int i = 0; i < n; i++) {
            Pattern<T> p = b.patterns.get(i);
            payloads[i] = p.payload;
            caseRules[i] = p.spec.caseRule();
            letters[i] = p.letters;
            meta[i] = meta(i, p);
            if (p.length <= Long.SIZE) {
                long[] words = p.allowedBreaks.toLongArray();
                breakMasks[i] = words.length == 0 ? 0 : words[0];
            } else {
                longBreaks[i] = p.allowedBreaks;
            }
            longest = Math.max(longest, p.length);
        }
        this.longest = longest;
        this.candidatesStart = new int[fail.length + 1];
        this.candidates = flattenCandidates(fail, report, patternsStart, patternsAt, meta, breakMasks,
                candidatesStart);
    }

    private static long meta(int id, Pattern<?> p) {
        if (p.length > LENGTH_BITS) {
            throw new IllegalArgumentException("phrase longer than " + LENGTH_BITS + " chars: " + p.spec.phrase());
        }
        return ((long) id << PHRASE_SHIFT) | p.length
                | (p.spec.leftBoundary() ? LEFT_BOUNDARY : 0)
                | (p.spec.rightBoundary() ? RIGHT_BOUNDARY : 0)
                | (p.spec.caseRule() != CaseRule.ANY ? CASE_SENSITIVE : 0);
    }

    private static long[] flattenCandidates(int[] fail, int[] report, int[] patternsStart, int[] patternsAt,
            long[] meta, long[] breakMasks, int[] candidatesStart) {
        int states = fail.length;
        int records = 0;
        for (int s = 0; s < states; s++) {
            candidatesStart[s] = records;
            for (int at = report[s]; at != NONE; at = report[fail[at]]) {
                records += patternsStart[at + 1] - patternsStart[at];
            }
        }
        candidatesStart[states] = records;
        long[] flat = new long[2 * records];
        int r = 0;
        for (int s = 0; s < states; s++) {
            for (int at = report[s]; at != NONE; at = report[fail[at]]) {
                for (int i = patternsStart[at]; i < patternsStart[at + 1]; i++) {
                    flat[r++] = meta[patternsAt[i]];
                    flat[r++] = breakMasks[patternsAt[i]];
                }
            }
        }
        return flat;
    }

    private record Pattern<T>(T payload, int length, BitSet allowedBreaks, PhraseSpec spec, String letters) {
    }

    private record DenseTable(char[] charClass, int classes, int states, char[] delta, int[] wideDelta) {
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public int size() {
        return payloads.length;
    }

    /** Every occurrence of every phrase (overlapping ones included), in order of their end. */
    public List<Match<T>> findAll(NormalizedText text) {
        return findAll(text, this, NOTHING).first();
    }

    /** The matches of two automata in one text, each list in order of the matches' end. */
    public record Found<A, B>(List<Match<A>> first, List<Match<B>> second) {
    }

    /** An automaton without phrases, to walk beside one that has some. */
    private static final PhraseAutomaton<Void> NOTHING = PhraseAutomaton.<Void>builder().build();

    /**
     * Every occurrence of both automata's phrases, in one walk over the text.
     *
     * <p>Each step of a walk waits for a table read that often misses the CPU caches; the walks of two automata, and
     * of two halves of a long text, are independent, so that the processor waits for up to four reads at once. The
     * cursor of the second half starts the longer automaton's {@link #longest} chars before its half and reports
     * nothing until it reaches it: by then its states are the ones a single walk would have there (a state stands for
     * at most the last {@code longest} chars), so the matches are exactly a single walk's.
     */
    public static <A, B> Found<A, B> findAll(NormalizedText text, PhraseAutomaton<A> a, PhraseAutomaton<B> b) {
        SpacelessText compact = text.spaceless();
        int m = compact.length();
        int longest = Math.max(a.longest, b.longest);
        List<Match<A>> foundA = new ArrayList<>();
        List<Match<B>> foundB = new ArrayList<>();
        if (m < TWO_CURSOR_MIN_LENGTH + longest) {
            int sa = 0;
            int sb = 0;
            for (int k = 0; k < m; k++) {
                char c = compact.charAt(k);
                sa = a.next(sa, c);
                sb = b.next(sb, c);
                collectBoth(a, sa, foundA, b, sb, foundB, k, text, compact);
            }
            return new Found<>(foundA, foundB);
        }
        int split = (m + longest) / 2;
        int second = split - longest;
        List<Match<A>> secondHalfA = new ArrayList<>();
        List<Match<B>> secondHalfB = new ArrayList<>();
        int a1 = 0;
        int a2 = 0;
        int b1 = 0;
        int b2 = 0;
        for (int k = 0; k < split; k++, second++) {
            char c = compact.charAt(k);
            char d = compact.charAt(second);
            a1 = a.next(a1, c);
            a2 = a.next(a2, d);
            b1 = b.next(b1, c);
            b2 = b.next(b2, d);
            collectBoth(a, a1, foundA, b, b1, foundB, k, text, compact);
            if (second >= split) {
                collectBoth(a, a2, secondHalfA, b, b2, secondHalfB, second, text, compact);
            }
        }
        for (; second < m; second++) {
            char d = compact.charAt(second);
            a2 = a.next(a2, d);
            b2 = b.next(b2, d);
            collectBoth(a, a2, secondHalfA, b, b2, secondHalfB, second, text, compact);
        }
        foundA.addAll(secondHalfA);
        foundB.addAll(secondHalfB);
        return new Found<>(foundA, foundB);
    }

    /** The matches ending at compact position {@code k} in state {@code sa} of a and {@code sb} of b. */
    private static <A, B> void collectBoth(PhraseAutomaton<A> a, int sa, List<Match<A>> intoA, PhraseAutomaton<B> b,
            int sb, List<Match<B>> intoB, int k, NormalizedText text, SpacelessText compact) {
        if (a.reports(sa)) {
            a.collect(sa, k, text, compact, intoA);
        }
        if (b.reports(sb)) {
            b.collect(sb, k, text, compact, intoB);
        }
    }

    private boolean reports(int state) {
        return candidatesStart[state] != candidatesStart[state + 1];
    }

    /** The accepted occurrences of the phrases that end at compact position {@code k} in {@code state}. */
    @SuppressWarnings("unchecked")
    private void collect(int state, int k, NormalizedText text, SpacelessText compact, List<Match<T>> found) {
        for (int r = 2 * candidatesStart[state], end = 2 * candidatesStart[state + 1]; r < end; r += 2) {
            long meta = candidates[r];
            int first = k - (int) (meta & LENGTH_BITS) + 1;
            if (accepts(meta, candidates[r + 1], text, compact, first, k)) {
                int fs = compact.foldedIndex(first);
                int fe = compact.foldedIndex(k) + 1;
                found.add(new Match<>((T) payloads[(int) (meta >>> PHRASE_SHIFT)], fs, fe, text.originalStart(fs),
                        text.originalEnd(fe - 1)));
            }
        }
    }

    private int next(int state, char c) {
        int cls = charClass[c];
        if (cls == 0) {
            return 0;
        }
        while (state >= denseStates) {
            int to = edge(state, c);
            if (to != NONE) {
                return to;
            }
            state = fail[state];
        }
        int cell = state * classes + cls;
        return wideDelta == null ? delta[cell] : wideDelta[cell];
    }

    private int edge(int state, char c) {
        int from = edgeStart[state];
        int to = edgeStart[state + 1];
        if (to - from <= LINEAR_EDGES) {
            for (int i = from; i < to; i++) {
                if (edgeChars[i] == c) {
                    return edgeTargets[i];
                }
            }
            return NONE;
        }
        int at = Arrays.binarySearch(edgeChars, from, to, c);
        return at >= 0 ? edgeTargets[at] : NONE;
    }

    private boolean accepts(long meta, long allowedBreaks, NormalizedText text, SpacelessText compact, int first,
            int last) {
        // cheapest checks first: most candidate outputs fail at a word boundary
        int fs = compact.foldedIndex(first);
        int fe = compact.foldedIndex(last);
        if ((meta & LEFT_BOUNDARY) != 0 && fs > 0 && TextFolding.isWordChar(compact.charAt(first))
                && TextFolding.isWordChar(text.charAt(fs - 1))) {
            return false;
        }
        if ((meta & RIGHT_BOUNDARY) != 0 && fe + 1 < text.length() && TextFolding.isWordChar(compact.charAt(last))
                && TextFolding.isWordChar(text.charAt(fe + 1))) {
            return false;
        }
        int p = (int) (meta >>> PHRASE_SHIFT);
        if (!breaksAllowed(p, allowedBreaks, compact, first, last)) {
            return false;
        }
        return (meta & CASE_SENSITIVE) == 0
                || caseFits(caseRules[p], letters[p], text.original(), text.originalStart(fs), text.originalEnd(fe));
    }

    /** Whether every space the text has inside the candidate falls where the phrase allows one. */
    private boolean breaksAllowed(int p, long allowedBreaks, SpacelessText compact, int first, int last) {
        int length = last - first + 1;
        if (length <= Long.SIZE) {
            // the space before the first char is outside the candidate
            long textBreaks = compact.spacesBefore(first, length) & ~1L;
            return (textBreaks & ~allowedBreaks) == 0;
        }
        BitSet allowed = longBreaks[p];
        for (int k = first + 1; k <= last; k++) {
            if (compact.spaceBefore(k) && !allowed.get(k - first)) {
                return false;
            }
        }
        return true;
    }

    /** Compares the letters written in {@code original[from, to)} with the phrase's, without copying them. */
    private static boolean caseFits(CaseRule rule, String phraseLetters, String original, int from, int to) {
        if (rule == CaseRule.CAPITALIZED) {
            for (int i = from; i < to; i++) {
                char c = original.charAt(i);
                if (Character.isLetter(c)) {
                    return !Character.isLowerCase(c);
                }
            }
            return true;
        }
        int n = phraseLetters.length();
        int seen = 0;
        for (int i = from; i < to && seen < n; i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) != Character.isUpperCase(phraseLetters.charAt(seen))) {
                    return false;
                }
                seen++;
            }
        }
        return true;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                b.append(s.charAt(i));
            }
        }
        return b.toString();
    }

    /**
     * Collects phrases into a trie held in growable int arrays (children as sibling lists, the root's also in a
     * dense table), then compiles it into an immutable automaton.
     */
    public static final class Builder<T> {

        private static final int INITIAL_NODES = 1024;

        private char[] label = new char[INITIAL_NODES];
        private int[] firstChild = new int[INITIAL_NODES];
        private int[] nextSibling = new int[INITIAL_NODES];
        private int nodes = 1;
        private final int[] rootChild = new int[ALPHABET];
        private final List<Pattern<T>> patterns = new ArrayList<>();
        /** Trie node where each pattern ends, by pattern id. */
        private int[] patternNode = new int[INITIAL_NODES];

        private Builder() {
            firstChild[0] = NONE;
            Arrays.fill(rootChild, NONE);
        }

        public Builder<T> add(String writtenPhrase, T payload) {
            return add(PhraseSpec.parse(writtenPhrase), payload);
        }

        /** Adds a phrase; a phrase that folds to nothing is ignored. */
        public Builder<T> add(PhraseSpec spec, T payload) {
            String folded = TextFolding.foldPhrase(spec.phrase());
            StringBuilder key = new StringBuilder(folded.length());
            BitSet breaks = new BitSet();
            boolean space = false;
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c == ' ') {
                    space = true;
                    continue;
                }
                if (key.length() > 0 && (space || Character.isDigit(c) != Character.isDigit(key.charAt(key.length() - 1)))) {
                    breaks.set(key.length());
                }
                key.append(c);
                space = false;
            }
            if (key.length() == 0) {
                return this;
            }
            int node = 0;
            for (int i = 0; i < key.length(); i++) {
                char c = key.charAt(i);
                int child = child(node, c);
                node = child != NONE ? child : newChild(node, c);
            }
            if (patterns.size() == patternNode.length) {
                patternNode = Arrays.copyOf(patternNode, patternNode.length * 2);
            }
            patternNode[patterns.size()] = node;
            patterns.add(new Pattern<>(payload, key.length(), breaks, spec, letters(spec.phrase())));
            return this;
        }

        private int child(int node, char c) {
            if (node == 0) {
                return rootChild[c];
            }
            for (int child = firstChild[node]; child != NONE; child = nextSibling[child]) {
                if (label[child] == c) {
                    return child;
                }
            }
            return NONE;
        }

        private int newChild(int parent, char c) {
            if (nodes == label.length) {
                int grown = nodes * 2;
                label = Arrays.copyOf(label, grown);
                firstChild = Arrays.copyOf(firstChild, grown);
                nextSibling = Arrays.copyOf(nextSibling, grown);
            }
            int node = nodes++;
            label[node] = c;
            firstChild[node] = NONE;
            nextSibling[node] = firstChild[parent];
            firstChild[parent] = node;
            if (parent == 0) {
                rootChild[c] = node;
            }
            return node;
        }

        /*
         * build() runs once per automaton at startup, so its steps are separate small methods: the JIT compiles each
         * hot loop on its own (on-stack replacement) instead of recompiling one large method for every loop in it.
         */
        public PhraseAutomaton<T> build() {
            int n = nodes;
            BreadthFirst trie = breadthFirst(n);
            int[] rootNext = new int[ALPHABET];
            Arrays.fill(rootNext, NONE);
            for (int i = trie.edgeStart[0]; i < trie.edgeStart[1]; i++) {
                rootNext[trie.edgeChars[i]] = trie.edgeTargets[i];
            }
            char[] charClass = classesByFrequency(trie.edgeChars, trie.edges);
            int classes = 1;
            for (char cls : charClass) {
                classes = Math.max(classes, cls + 1);
            }
            int[] fail = failureLinks(n, trie, rootNext);
            int[] patternsStart = new int[n + 1];
            int[] patternsAt = patternsByState(n, trie.newId, patternsStart);
            int[] report = reportingStates(n, fail, patternsStart);
            int denseStates = Math.max(1, Math.min(n, DENSE_CELLS / classes));
            int[] renumbered = depthFirstBeyond(denseStates, n, trie.edgeStart, trie.edgeTargets);
            Layout layout = Layout.of(renumbered, trie, fail, report, patternsStart, patternsAt);
            DenseTable dense = denseTable(charClass, classes, denseStates, layout.edgeStart, layout.edgeChars,
                    layout.edgeTargets, layout.fail, n);
            return new PhraseAutomaton<>(this, layout.edgeStart, layout.edgeChars, layout.edgeTargets, dense,
                    layout.fail, layout.report, layout.patternsStart, layout.patternsAt);
        }

        /** The trie's edges, its states renumbered breadth first, children in char order (so edges come sorted). */
        private record BreadthFirst(int[] newId, int[] edgeStart, char[] edgeChars, int[] edgeTargets, int edges) {
        }

        private BreadthFirst breadthFirst(int n) {
            int[] order = new int[n];
            int[] newId = new int[n];
            int[] edgeStart = new int[n + 1];
            char[] edgeChars = new char[n - 1];
            int[] edgeTargets = new int[n - 1];
            int[] scratch = new int[n];
            int tail = 1;
            int edges = 0;
            for (int head = 0; head < tail; head++) {
                int old = order[head];
                edgeStart[head] = edges;
                int count = 0;
                for (int child = firstChild[old]; child != NONE; child = nextSibling[child]) {
                    scratch[count++] = child;
                }
                sortByLabel(scratch, count);
                for (int i = 0; i < count; i++) {
                    int child = scratch[i];
                    order[tail] = child;
                    newId[child] = tail;
                    edgeChars[edges] = label[child];
                    edgeTargets[edges] = tail;
                    edges++;
                    tail++;
                }
            }
            edgeStart[n] = edges;
            return new BreadthFirst(newId, edgeStart, edgeChars, edgeTargets, edges);
        }

        /** In breadth-first order: a state's failure target is shallower, so already known. */
        private static int[] failureLinks(int n, BreadthFirst trie, int[] rootNext) {
            int[] fail = new int[n];
            for (int s = 1; s < n; s++) {
                for (int e = trie.edgeStart[s]; e < trie.edgeStart[s + 1]; e++) {
                    char c = trie.edgeChars[e];
                    int f = fail[s];
                    int to = transition(trie.edgeStart, trie.edgeChars, trie.edgeTargets, rootNext, f, c);
                    while (to == NONE && f != 0) {
                        f = fail[f];
                        to = transition(trie.edgeStart, trie.edgeChars, trie.edgeTargets, rootNext, f, c);
                    }
                    fail[trie.edgeTargets[e]] = to == NONE ? 0 : to;
                }
            }
            return fail;
        }

        /**
         * Patterns grouped by the state they end at, each group in the order the patterns were added; fills
         * {@code patternsStart} (n + 1 cells) with where each state's group begins.
         */
        private int[] patternsByState(int n, int[] newId, int[] patternsStart) {
            for (int p = 0; p < patterns.size(); p++) {
                patternsStart[newId[patternNode[p]] + 1]++;
            }
            for (int s = 0; s < n; s++) {
                patternsStart[s + 1] += patternsStart[s];
            }
            int[] fill = Arrays.copyOf(patternsStart, n);
            int[] patternsAt = new int[patterns.size()];
            for (int p = 0; p < patterns.size(); p++) {
                patternsAt[fill[newId[patternNode[p]]]++] = p;
            }
            return patternsAt;
        }

        private static int[] reportingStates(int n, int[] fail, int[] patternsStart) {
            int[] report = new int[n];
            report[0] = NONE;
            for (int s = 1; s < n; s++) {
                report[s] = patternsStart[s + 1] > patternsStart[s] ? s : report[fail[s]];
            }
            return report;
        }

        /** The automaton's arrays with its states in their final numbering. */
        private record Layout(int[] edgeStart, char[] edgeChars, int[] edgeTargets, int[] fail, int[] report,
                int[] patternsStart, int[] patternsAt) {

            static Layout of(int[] renumbered, BreadthFirst trie, int[] fail, int[] report, int[] patternsStart,
                    int[] patternsAt) {
                int n = renumbered.length;
                int[] stateAt = new int[n];
                for (int s = 0; s < n; s++) {
                    stateAt[renumbered[s]] = s;
                }
                Layout layout = new Layout(new int[n + 1], new char[trie.edges], new int[trie.edges], new int[n],
                        new int[n], new int[n + 1], new int[patternsAt.length]);
                int e2 = 0;
                int p2 = 0;
                for (int f = 0; f < n; f++) {
                    int s = stateAt[f];
                    layout.edgeStart[f] = e2;
                    for (int e = trie.edgeStart[s]; e < trie.edgeStart[s + 1]; e++) {
                        layout.edgeChars[e2] = trie.edgeChars[e];
                        layout.edgeTargets[e2++] = renumbered[trie.edgeTargets[e]];
                    }
                    layout.fail[f] = renumbered[fail[s]];
                    layout.report[f] = report[s] == NONE ? NONE : renumbered[report[s]];
                    layout.patternsStart[f] = p2;
                    for (int i = patternsStart[s]; i < patternsStart[s + 1]; i++) {
                        layout.patternsAt[p2++] = patternsAt[i];
                    }
                }
                layout.edgeStart[n] = e2;
                layout.patternsStart[n] = p2;
                return layout;
            }
        }

        /**
         * New numbers for the states: the first {@code dense} in breadth-first order keep theirs, the deeper ones are
         * numbered depth first, so that a scan walking down a phrase past the dense states reads the edges of the
         * next state right after those of the current one instead of somewhere else in memory.
         */
        private static int[] depthFirstBeyond(int dense, int n, int[] edgeStart, int[] edgeTargets) {
            int[] renumbered = new int[n];
            for (int s = 0; s < dense; s++) {
                renumbered[s] = s;
            }
            int next = dense;
            int[] stack = new int[n];
            for (int s = 0; s < dense; s++) {
                for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                    if (edgeTargets[e] < dense) {
                        continue;
                    }
                    int top = 0;
                    stack[top++] = edgeTargets[e];
                    while (top > 0) {
                        int u = stack[--top];
                        renumbered[u] = next++;
                        // children pushed last char first, so that the first char's child is numbered next
                        for (int k = edgeStart[u + 1] - 1; k >= edgeStart[u]; k--) {
                            stack[top++] = edgeTargets[k];
                        }
                    }
                }
            }
            return renumbered;
        }

        /**
         * Rows for the first states in breadth-first order: a state's failure target is shallower, so numbered lower,
         * so its row is complete before the state's own row copies it and overrides it with the state's edges.
         */
        /** Class 1 for the char labelling most edges, 2 for the next, and so on; 0 for chars labelling none. */
        private static char[] classesByFrequency(char[] edgeChars, int edges) {
            int[] count = new int[ALPHABET];
            for (int e = 0; e < edges; e++) {
                count[edgeChars[e]]++;
            }
            Integer[] used = java.util.stream.IntStream.range(0, ALPHABET).filter(c -> count[c] > 0).boxed()
                    .toArray(Integer[]::new);
            Arrays.sort(used, (a, b) -> count[b] != count[a] ? Integer.compare(count[b], count[a])
                    : Integer.compare(a, b));
            char[] charClass = new char[ALPHABET];
            for (int i = 0; i < used.length; i++) {
                charClass[used[i]] = (char) (i + 1);
            }
            return charClass;
        }

        private static DenseTable denseTable(char[] charClass, int classes, int states, int[] edgeStart,
                char[] edgeChars, int[] edgeTargets, int[] fail, int n) {
            int[] delta = new int[states * classes];
            for (int s = 0; s < states; s++) {
                int row = s * classes;
                if (s > 0) {
                    System.arraycopy(delta, fail[s] * classes, delta, row, classes);
                }
                for (int e = edgeStart[s]; e < edgeStart[s + 1]; e++) {
                    delta[row + charClass[edgeChars[e]]] = edgeTargets[e];
                }
                delta[row] = 0;
            }
            if (n > Character.MAX_VALUE + 1) {
                return new DenseTable(charClass, classes, states, null, delta);
            }
            char[] narrow = new char[delta.length];
            for (int i = 0; i < delta.length; i++) {
                narrow[i] = (char) delta[i];
            }
            return new DenseTable(charClass, classes, states, narrow, null);
        }

        private void sortByLabel(int[] children, int count) {
            for (int i = 1; i < count; i++) {
                int child = children[i];
                int j = i - 1;
                while (j >= 0 && label[children[j]] > label[child]) {
                    children[j + 1] = children[j];
                    j--;
                }
                children[j + 1] = child;
            }
        }

        private static int transition(int[] edgeStart, char[] edgeChars, int[] edgeTargets, int[] rootNext,
                int state, char c) {
            if (state == 0) {
                return rootNext[c];
            }
            int at = Arrays.binarySearch(edgeChars, edgeStart[state], edgeStart[state + 1], c);
            return at >= 0 ? edgeTargets[at] : NONE;
        }
    }
}
