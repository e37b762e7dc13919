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

    /** Titles ICU may take for a full stop ("M. Yoshida", "Dr. Smith"), written as they precede the dot. */
    private static final List<String> TITLES = List.of("Mr", "Mrs", "Ms", "Dr", "St", "Mme", "Mlle", "Prof", "Gen",
            "Col", "Lt", "Sen", "Rep", "Gov", "No", "Nr", "Art", "Abs", "Hr", "Fr");

    /**
     * Whether a sentence ends with an initialism ("U.S.", "M.") or a title followed by its dot, as a whole word
     * (after the start, white space or an opening parenthesis). Read backwards from the end: no regex, no copy.
     */
    static boolean endsWithAbbreviation(String sentence) {
        int dot = endBeforeLineTerminator(sentence) - 1;
        if (dot < 1 || sentence.charAt(dot) != '.') {
            return false;
        }
        for (String title : TITLES) {
            int start = dot - title.length();
            if (start >= 0 && sentence.startsWith(title, start) && wordStartsAt(sentence, start)) {
                return true;
            }
        }
        // one or more upper-case letters, each followed by a dot: "M.", "U.S.", "U.K."
        int i = dot;
        while (i > 0) {
            int letter = sentence.codePointBefore(i);
            if (Character.getType(letter) != Character.UPPERCASE_LETTER) {
                return false;
            }
            int start = i - Character.charCount(letter);
            if (wordStartsAt(sentence, start)) {
                return true;
            }
            if (sentence.charAt(start - 1) != '.') {
                return false;
            }
            i = start - 1;
        }
        return false;
    }

    /** The end of the text, or of its last line when it ends with a line terminator (where "$" would match). */
    private static int endBeforeLineTerminator(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            return n - 2;
        }
        if (n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0) {
            return n - 1;
        }
        return n;
    }

    /** At the start of the text or after ASCII white space or "(" (what the rule's boundary allowed). */
    private static boolean wordStartsAt(String s, int at) {
        if (at == 0) {
            return true;
        }
        char before = s.charAt(at - 1);
        return before == ' ' || before == '\t' || before == '\n' || before == '\u000B' || before == '\f'
                || before == '\r' || before == '(';
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
                    && !hasLineBreak(text, sentences.get(last).end(), s)) {
                Sentence previous = sentences.remove(last);
                sentences.add(new Sentence(last, previous.start(), e, text.substring(previous.start(), e)));
            } else {
                sentences.add(new Sentence(sentences.size(), s, e, text.substring(s, e)));
            }
        }
        return sentences;
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }
}
