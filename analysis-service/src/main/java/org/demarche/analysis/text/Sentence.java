package org.demarche.analysis.text;

/** A sentence as offsets into the original text ({@code start} inclusive, {@code end} exclusive, trimmed). */
public record Sentence(int index, int start, int end, String text) {

    public boolean contains(int originalOffset) {
        return originalOffset >= start && originalOffset < end;
    }
}
