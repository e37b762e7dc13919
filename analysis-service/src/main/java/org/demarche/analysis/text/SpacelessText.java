package org.demarche.analysis.text;

/**
 * A folded text with its spaces taken out, as phrase matching reads it: {@code chars[k]} is folded char
 * {@code foldedIndex[k]}, and {@code spacesUpTo[k]} counts the spaces before it (so a span holds a space inside it
 * when the counts at its two ends differ). Made once per text and shared by every automaton that scans it.
 */
public final class SpacelessText {

    private final char[] chars;
    private final int[] foldedIndex;
    private final int[] spacesUpTo;
    /** Bit k set when the folded text has a space right before spaceless char k. */
    private final long[] spaceBefore;
    private final int length;

    private SpacelessText(char[] chars, int[] foldedIndex, int[] spacesUpTo, long[] spaceBefore, int length) {
        this.chars = chars;
        this.foldedIndex = foldedIndex;
        this.spacesUpTo = spacesUpTo;
        this.spaceBefore = spaceBefore;
        this.length = length;
    }

    static SpacelessText of(String folded) {
        int n = folded.length();
        char[] chars = new char[n];
        int[] foldedIndex = new int[n];
        int[] spacesUpTo = new int[n];
        long[] spaceBefore = new long[(n >>> 6) + 1];
        int spaces = 0;
        int m = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                spaces++;
                pendingSpace = false;
                if (m > 0) {
                    spaceBefore[m >>> 6] |= 1L << m;
                }
            }
            chars[m] = c;
            foldedIndex[m] = i;
            spacesUpTo[m] = spaces;
            m++;
        }
        return new SpacelessText(chars, foldedIndex, spacesUpTo, spaceBefore, m);
    }

    public int length() {
        return length;
    }

    public char charAt(int k) {
        return chars[k];
    }

    /** Offset in the folded text of spaceless char {@code k}. */
    public int foldedIndex(int k) {
        return foldedIndex[k];
    }

    /** Number of spaces before spaceless char {@code k}. */
    public int spacesUpTo(int k) {
        return spacesUpTo[k];
    }

    /** Whether the folded text has a space right before spaceless char {@code k} ({@code k > 0}). */
    public boolean spaceBefore(int k) {
        return (spaceBefore[k >>> 6] & (1L << k)) != 0;
    }

    /**
     * Which of the {@code count} (at most 64) spaceless chars from {@code from} on have a space right before them:
     * bit i for char {@code from + i}.
     */
    public long spacesBefore(int from, int count) {
        int word = from >>> 6;
        int shift = from & 63;
        long bits = spaceBefore[word] >>> shift;
        if (shift != 0 && word + 1 < spaceBefore.length) {
            bits |= spaceBefore[word + 1] << (64 - shift);
        }
        return count == Long.SIZE ? bits : bits & ((1L << count) - 1);
    }
}
