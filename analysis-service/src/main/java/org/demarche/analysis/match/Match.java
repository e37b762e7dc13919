package org.demarche.analysis.match;

import java.util.List;

/**
 * A phrase found in a text: folded offsets for looking around it, original offsets for evidence.
 *
 * @param foldedStart inclusive offset in the folded text
 * @param foldedEnd   exclusive offset in the folded text
 * @param start       inclusive offset in the original text
 * @param end         exclusive offset in the original text
 */
public record Match<T>(T payload, int foldedStart, int foldedEnd, int start, int end) {

    public boolean overlaps(Match<?> other) {
        return start < other.end && other.start < end;
    }

    public int length() {
        return end - start;
    }

    /** Whether any of the matches overlaps this one (a loop: it runs for every candidate of a text). */
    public boolean overlapsAny(List<? extends Match<?>> matches) {
        for (Match<?> m : matches) {
            if (overlaps(m)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a longer one of the matches covers this one ("fort probable" covers "probable"). */
    public boolean insideALongerOne(List<? extends Match<?>> matches) {
        for (Match<?> m : matches) {
            if (m.length() > length() && m.start <= start && end <= m.end) {
                return true;
            }
        }
        return false;
    }
}
