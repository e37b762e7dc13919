package org.demarche.analysis.text;

/**
 * A folded text with its spaces taken out, as phrase matching reads it: {@code chars[k]} is folded char
 * {@code foldedIndex[k]}, and one bit per char tells whether a space preceded it, so that a match can check the
 * spaces inside it a word at a time. Made once per text and shared by every automaton that scans it.
 */
public final class SpacelessText {

    private final char[] chars;
    private final int[] foldedIndex;
    /** Bit k set when the folded text has a space right before spaceless char k. */
    private final long[] spaceBefore;
    private final int length;

    private SpacelessText(char[] chars, int[] foldedIndex, long[] spaceBefore, int length) {
        this.chars = chars;
        this.foldedIndex = foldedIndex;
        this.spaceBefore = spaceBefore;
        this.length = length;
    }

    static SpacelessText of(String folded) {
        int n = folded.length();
        char[] chars = new char[n];
        int[] foldedIndex = new int[n];
        long[] spaceBefore = new long[(n >>> 6) + 1];
        int m = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace) {
                pendingSpace = false;
                if (m > 0) {
                    spaceBefore[m >>> 6] |= 1L << m;
                }
            }
            chars[m] = c;
            foldedIndex[m] = i;
            m++;
        }
        return new SpacelessText(chars, foldedIndex, spaceBefore, m);
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
