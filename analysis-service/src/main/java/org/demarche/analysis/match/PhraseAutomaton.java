package org.demarche.analysis.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.TextFolding;

/**
 * Aho–Corasick automaton over folded phrases, built once and then shared by all threads (immutable after
 * {@link Builder#build()}). Spaces are not part of the keys: the text is fed without its spaces and a match is kept
 * only where the text's spaces fall at places the phrase allows (its own spaces and letter/digit seams), so
 * "APT40", "APT 40" and "apt-40" all match "APT40", and "Cozy Bear" matches "cozy-bear".
 */
public final class PhraseAutomaton<T> {

    /** Edges of state s are at [edgeStart[s], edgeStart[s + 1]) of the flat arrays, sorted by char. */
    private final int[] edgeStart;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] fail;
    private final int[][] outputs;
    private final List<Pattern<T>> patterns;
    /** Dense transitions of the root, the state a scan is in most of the time. */
    private final int[] rootNext = new int[0x10000];

    private record Pattern<T>(T payload, int length, BitSet allowedBreaks, PhraseSpec spec, String letters) {
    }

    private PhraseAutomaton(char[][] edgeChars, int[][] edgeTargets, int[] fail, int[][] outputs,
            List<Pattern<T>> patterns) {
        this.edgeStart = new int[edgeChars.length + 1];
        for (int s = 0; s < edgeChars.length; s++) {
            edgeStart[s + 1] = edgeStart[s] + edgeChars[s].length;
        }
        this.edgeChars = new char[edgeStart[edgeChars.length]];
        this.edgeTargets = new int[edgeStart[edgeChars.length]];
        for (int s = 0; s < edgeChars.length; s++) {
            System.arraycopy(edgeChars[s], 0, this.edgeChars, edgeStart[s], edgeChars[s].length);
            System.arraycopy(edgeTargets[s], 0, this.edgeTargets, edgeStart[s], edgeTargets[s].length);
        }
        this.fail = fail;
        this.outputs = outputs;
        this.patterns = patterns;
        java.util.Arrays.fill(rootNext, -1);
        for (int i = edgeStart[0]; i < edgeStart[1]; i++) {
            rootNext[this.edgeChars[i]] = this.edgeTargets[i];
        }
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    public int size() {
        return patterns.size();
    }

    /** Every occurrence of every phrase (overlapping ones included), in order of their end. */
    public List<Match<T>> findAll(NormalizedText text) {
        int n = text.length();
        char[] compact = new char[n];
        int[] foldedIndex = new int[n];
        boolean[] spaceBefore = new boolean[n];
        int[] spacesUpTo = new int[n];
        int spaces = 0;
        int m = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                pendingSpace = true;
                continue;
            }
            compact[m] = c;
            foldedIndex[m] = i;
            spaceBefore[m] = pendingSpace;
            if (pendingSpace) {
                spaces++;
            }
            spacesUpTo[m] = spaces;
            pendingSpace = false;
            m++;
        }
        List<Match<T>> found = new ArrayList<>();
        int state = 0;
        for (int k = 0; k < m; k++) {
            char c = compact[k];
            int next = step(state, c);
            while (next < 0 && state != 0) {
                state = fail[state];
                next = step(state, c);
            }
            state = Math.max(next, 0);
            for (int patternId : outputs[state]) {
                Pattern<T> p = patterns.get(patternId);
                int first = k - p.length + 1;
                if (accepts(p, text, compact, foldedIndex, spaceBefore, spacesUpTo, first, k)) {
                    int fs = foldedIndex[first];
                    int fe = foldedIndex[k] + 1;
                    found.add(new Match<>(p.payload, fs, fe, text.originalStart(fs), text.originalEnd(fe - 1)));
                }
            }
        }
        return found;
    }

    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        int from = edgeStart[state];
        int to = edgeStart[state + 1];
        if (to - from <= 4) {
            for (int i = from; i < to; i++) {
                if (edgeChars[i] == c) {
                    return edgeTargets[i];
                }
            }
            return -1;
        }
        int at = Arrays.binarySearch(edgeChars, from, to, c);
        return at >= 0 ? edgeTargets[at] : -1;
    }

    private boolean accepts(Pattern<T> p, NormalizedText text, char[] compact, int[] foldedIndex,
            boolean[] spaceBefore, int[] spacesUpTo, int first, int last) {
        // cheapest checks first: most candidate outputs fail at a word boundary
        int fs = foldedIndex[first];
        int fe = foldedIndex[last];
        if (p.spec.leftBoundary() && fs > 0 && TextFolding.isWordChar(compact[first])
                && TextFolding.isWordChar(text.charAt(fs - 1))) {
            return false;
        }
        if (p.spec.rightBoundary() && fe + 1 < text.length() && TextFolding.isWordChar(compact[last])
                && TextFolding.isWordChar(text.charAt(fe + 1))) {
            return false;
        }
        if (spacesUpTo[last] != spacesUpTo[first]) {
            for (int k = first + 1; k <= last; k++) {
                if (spaceBefore[k] && !p.allowedBreaks.get(k - first)) {
                    return false;
                }
            }
        }
        return p.spec.caseRule() == CaseRule.ANY
                || caseFits(p, text.original(), text.originalStart(fs), text.originalEnd(fe));
    }

    /** Compares the letters written in {@code original[from, to)} with the phrase's, without copying them. */
    private static boolean caseFits(Pattern<?> p, String original, int from, int to) {
        if (p.spec.caseRule() == CaseRule.CAPITALIZED) {
            for (int i = from; i < to; i++) {
                char c = original.charAt(i);
                if (Character.isLetter(c)) {
                    return !Character.isLowerCase(c);
                }
            }
            return true;
        }
        int n = p.letters.length();
        int seen = 0;
        for (int i = from; i < to && seen < n; i++) {
            char c = original.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isUpperCase(c) != Character.isUpperCase(p.letters.charAt(seen))) {
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

    /** Collects phrases, then compiles them into an immutable automaton. */
    public static final class Builder<T> {

        private final List<Map<Character, Integer>> trie = new ArrayList<>();
        private final List<List<Integer>> terminal = new ArrayList<>();
        private final List<Pattern<T>> patterns = new ArrayList<>();

        private Builder() {
            newNode();
        }

        private int newNode() {
            trie.add(new TreeMap<>());
            terminal.add(new ArrayList<>());
            return trie.size() - 1;
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
                Integer next = trie.get(node).get(key.charAt(i));
                if (next == null) {
                    next = newNode();
                    trie.get(node).put(key.charAt(i), next);
                }
                node = next;
            }
            terminal.get(node).add(patterns.size());
            patterns.add(new Pattern<>(payload, key.length(), breaks, spec, letters(spec.phrase())));
            return this;
        }

        public PhraseAutomaton<T> build() {
            int size = trie.size();
            char[][] chars = new char[size][];
            int[][] targets = new int[size][];
            for (int node = 0; node < size; node++) {
                Map<Character, Integer> edges = trie.get(node);
                chars[node] = new char[edges.size()];
                targets[node] = new int[edges.size()];
                int i = 0;
                for (Map.Entry<Character, Integer> e : edges.entrySet()) {
                    chars[node][i] = e.getKey();
                    targets[node][i] = e.getValue();
                    i++;
                }
            }
            int[] fail = new int[size];
            List<List<Integer>> out = new ArrayList<>(terminal);
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int child : targets[0]) {
                queue.add(child);
            }
            while (!queue.isEmpty()) {
                int node = queue.poll();
                for (int i = 0; i < chars[node].length; i++) {
                    char c = chars[node][i];
                    int child = targets[node][i];
                    int f = fail[node];
                    int to = find(chars, targets, f, c);
                    while (to < 0 && f != 0) {
                        f = fail[f];
                        to = find(chars, targets, f, c);
                    }
                    fail[child] = to >= 0 && to != child ? to : 0;
                    List<Integer> merged = new ArrayList<>(out.get(child));
                    merged.addAll(out.get(fail[child]));
                    out.set(child, merged);
                    queue.add(child);
                }
            }
            int[][] outputs = new int[size][];
            for (int node = 0; node < size; node++) {
                outputs[node] = out.get(node).stream().mapToInt(Integer::intValue).toArray();
            }
            return new PhraseAutomaton<>(chars, targets, fail, outputs, List.copyOf(patterns));
        }

        private static int find(char[][] chars, int[][] targets, int node, char c) {
            int at = Arrays.binarySearch(chars[node], c);
            return at >= 0 ? targets[node][at] : -1;
        }
    }
}
