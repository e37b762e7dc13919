package org.demarche.analysis.text;

/**
 * A text folded for matching (NFKC, lower case, Latin accents dropped, typographic quotes and hyphen variants
 * unified, every run of white space or hyphens a single space), with the offsets of every folded char in the original
 * text so that evidence and provenance always point into what the caller sent.
 */
public final class NormalizedText {

    private final String original;
    private final String folded;
    private final int[] originalStart;
    private final int[] originalEnd;
    /** Made on first use; a race only makes it twice (equal and immutable, published through final fields). */
    private SpacelessText spaceless;

    NormalizedText(String original, String folded, int[] originalStart, int[] originalEnd) {
        this.original = original;
        this.folded = folded;
        this.originalStart = originalStart;
        this.originalEnd = originalEnd;
    }

    public static NormalizedText of(String original) {
        return TextFolding.fold(original);
    }

    public String original() {
        return original;
    }

    public String folded() {
        return folded;
    }

    public int length() {
        return folded.length();
    }

    public char charAt(int index) {
        return folded.charAt(index);
    }

    /** The folded text without its spaces, as the phrase automata read it. */
    public SpacelessText spaceless() {
        SpacelessText view = spaceless;
        if (view == null) {
            view = SpacelessText.of(folded);
            spaceless = view;
        }
        return view;
    }

    /** Original offset (inclusive) where folded char {@code index} comes from. */
    public int originalStart(int index) {
        return originalStart[index];
    }

    /** Original offset (exclusive) where folded char {@code index} ends. */
    public int originalEnd(int index) {
        return originalEnd[index];
    }
}
