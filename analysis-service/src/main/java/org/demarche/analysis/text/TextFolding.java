package org.demarche.analysis.text;

import java.text.Normalizer;
import java.util.Locale;

/** The one folding used for texts and for every lexicon or gazetteer phrase, so that both sides compare equal. */
public final class TextFolding {

    private static final String APOSTROPHES = "\u2019\u2018\u201B\u02BC\u00B4`\u2032\uFF07";
    private static final String DOUBLE_QUOTES = "\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02";
    private static final String HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u00AD\uFE63\uFF0D";
    /** Latin and Cyrillic letters up to this code point lose their diacritics (é -> e, ё -> е). */
    private static final int LAST_ACCENT_FOLDED = 0x04FF;

    private TextFolding() {
    }

    /** Folds a phrase the way texts are folded; used to build keys. */
    public static String foldPhrase(String phrase) {
        return fold(phrase).folded().strip();
    }

    static NormalizedText fold(String original) {
        int n = original.length();
        char[] out = new char[n + 8];
        int[] starts = new int[n + 8];
        int[] ends = new int[n + 8];
        int length = 0;
        boolean lastWasSpace = false;
        for (int i = 0; i < n; ) {
            char ch = original.charAt(i);
            int cp = Character.isSurrogate(ch) ? original.codePointAt(i) : ch;
            int next = i + Character.charCount(cp);
            int single = cp < BMP ? singleCharFold(cp) : MULTIPLE_CHARS;
            String piece = single == MULTIPLE_CHARS ? foldCodePoint(cp) : null;
            int pieceLength = piece == null ? 1 : piece.length();
            for (int k = 0; k < pieceLength; k++) {
                char c = piece == null ? (char) single : piece.charAt(k);
                if (c == ' ') {
                    if (lastWasSpace) {
                        ends[length - 1] = next;
                        continue;
                    }
                    lastWasSpace = true;
                } else {
                    lastWasSpace = false;
                }
                if (length == out.length) {
                    out = java.util.Arrays.copyOf(out, out.length * 2);
                    starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                    ends = java.util.Arrays.copyOf(ends, ends.length * 2);
                }
                starts[length] = i;
                ends[length] = next;
                out[length++] = c;
            }
            i = next;
        }
        return new NormalizedText(original, new String(out, 0, length), starts, ends);
    }

    private static final int BMP = 0x10000;
    private static final int UNKNOWN = 0;
    private static final int MULTIPLE_CHARS = -1;
    /**
     * For every BMP char: its fold when that is one char, plus one (so that 0 means not computed yet), or
     * {@link #MULTIPLE_CHARS}. Filled lazily, like {@link #BMP_CACHE}; most chars of a text take this path.
     */
    private static final int[] SINGLE_FOLD = new int[BMP];

    private static int singleCharFold(int cp) {
        int entry = SINGLE_FOLD[cp];
        if (entry == UNKNOWN) {
            String folded = foldCodePoint(cp);
            entry = folded.length() == 1 ? folded.charAt(0) + 1 : MULTIPLE_CHARS;
            SINGLE_FOLD[cp] = entry;
        }
        return entry == MULTIPLE_CHARS ? MULTIPLE_CHARS : entry - 1;
    }

    /** Folded form of every BMP char, filled lazily (a benign race: the strings are immutable and equal). */
    private static final String[] BMP_CACHE = new String[BMP];

    private static String foldCodePoint(int cp) {
        if (cp < BMP_CACHE.length) {
            String cached = BMP_CACHE[cp];
            if (cached == null) {
                cached = computeFold(cp);
                BMP_CACHE[cp] = cached;
            }
            return cached;
        }
        return computeFold(cp);
    }

    private static String computeFold(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || HYPHENS.indexOf(cp) >= 0) {
            return " ";
        }
        if (APOSTROPHES.indexOf(cp) >= 0) {
            return "'";
        }
        if (DOUBLE_QUOTES.indexOf(cp) >= 0) {
            return "\"";
        }
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String s = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        if (cp <= LAST_ACCENT_FOLDED) {
            s = stripMarks(s);
        }
        return s.isEmpty() ? " " : s;
    }

    private static String stripMarks(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A char of a script that separates words with spaces (Latin, Greek, Cyrillic, digits). */
    public static boolean isWordChar(char c) {
        return WORD_CHARS[c];
    }

    /** {@link #isWordChar} for every BMP char, computed once: the script lookup is a binary search. */
    private static final boolean[] WORD_CHARS = wordChars();

    private static boolean[] wordChars() {
        boolean[] table = new boolean[0x10000];
        for (int c = 0; c < table.length; c++) {
            table[c] = computeIsWordChar((char) c);
        }
        return table;
    }

    private static boolean computeIsWordChar(char c) {
        if (c < 0x80) {
            return Character.isLetterOrDigit(c);
        }
        if (!Character.isLetterOrDigit(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC
                || script == Character.UnicodeScript.GREEK || Character.isDigit(c);
    }
}
