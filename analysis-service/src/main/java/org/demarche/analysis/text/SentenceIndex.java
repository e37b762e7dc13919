package org.demarche.analysis.text;

import java.util.List;

/** Finds the sentence holding an original offset (binary search over sentence starts). */
public final class SentenceIndex {

    private final List<Sentence> sentences;
    private final int[] starts;

    public SentenceIndex(List<Sentence> sentences) {
        this.sentences = List.copyOf(sentences);
        this.starts = sentences.stream().mapToInt(Sentence::start).toArray();
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    /** Index of the sentence at or before {@code originalOffset}, or -1 before the first one. */
    public int sentenceAt(int originalOffset) {
        int at = java.util.Arrays.binarySearch(starts, originalOffset);
        return at >= 0 ? at : -at - 2;
    }
}
