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

    private final ThreadLocal<java.util.Map<String, BreakIterator>> iterators =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** Splits with the language's rules and its abbreviation list ("U.S. Government" stays one sentence). */
    /** Initialisms and titles ICU may take for a full stop: "U.S.", "M. Yoshida", "Dr. Smith". */
    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile(
            "(?:^|[\\s(])(?:(?:\\p{Lu}\\.)*\\p{Lu}|Mr|Mrs|Ms|Dr|St|Mme|Mlle|Prof|Gen|Col|Lt|Sen|Rep|Gov|No|Nr|Art|Abs|Hr|Fr)\\.$");

    static boolean endsWithAbbreviation(String sentence) {
        return ABBREVIATION.matcher(sentence).find();
    }

    public List<Sentence> split(String text, String language) {
        String lang = language == null ? "und" : language;
        BreakIterator it = iterators.get().computeIfAbsent(lang,
                l -> BreakIterator.getSentenceInstance(new ULocale(l + "@ss=standard")));
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
            if (e <= s) {
                continue;
            }
            int last = sentences.size() - 1;
            if (last >= 0 && endsWithAbbreviation(sentences.get(last).text())
                    && text.substring(sentences.get(last).end(), s).indexOf('\n') < 0) {
                Sentence previous = sentences.remove(last);
                sentences.add(new Sentence(last, previous.start(), e, text.substring(previous.start(), e)));
            } else {
                sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e)));
            }
        }
        return sentences;
    }
}
