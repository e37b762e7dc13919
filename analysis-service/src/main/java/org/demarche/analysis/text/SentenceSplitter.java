package org.demarche.analysis.text;

import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Sentence boundaries by ICU's rules (which also break at line ends, so a headline is its own sentence). A
 * {@link BreakIterator} is not thread-safe; each thread gets its own clone of the prototype.
 */
public final class SentenceSplitter {

    private final ThreadLocal<BreakIterator> iterators;

    public SentenceSplitter() {
        BreakIterator prototype = BreakIterator.getSentenceInstance(ULocale.ROOT);
        this.iterators = ThreadLocal.withInitial(() -> (BreakIterator) prototype.clone());
    }

    public List<Sentence> split(String text) {
        BreakIterator it = iterators.get();
        it.setText(text);
        List<Sentence> sentences = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e)));
            }
        }
        return sentences;
    }
}
