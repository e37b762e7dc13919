package org.demarche.analysis.actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * Measures the distance between two words in Latin-letter widths: a character of a script written without spaces
 * (Han, kana) counts for several letters, as set in {@code lexicon/script-widths.properties}, so one reach fits
 * every language ("Chinese ... government" and "中国…政府" alike).
 */
public final class ScriptReach {

    /** Classpath location of the widths; the analyzer also reads it into its version fingerprint. */
    public static final String RESOURCE = "lexicon/script-widths.properties";

    private static final Map<Character.UnicodeScript, Integer> WIDTHS = load();

    private ScriptReach() {
    }

    /** The width of {@code text} between {@code from} (inclusive) and {@code to} (exclusive). */
    public static int width(CharSequence text, int from, int to) {
        int width = 0;
        for (int i = Math.max(0, from); i < Math.min(to, text.length()); i++) {
            width += WIDTHS.getOrDefault(Character.UnicodeScript.of(text.charAt(i)), 1);
        }
        return width;
    }

    /**
     * Whether {@code text} between {@code from} and {@code to} is at most {@code reach} wide. Every character is at
     * least one width, so only the first {@code reach + 1} characters are ever read: the analyzer asks this for every
     * pair of words, and a full count over long gaps was the largest share of its time.
     */
    public static boolean within(CharSequence text, int from, int to, int reach) {
        int start = Math.max(0, from);
        int end = Math.min(to, text.length());
        if (end - start > reach) {
            return false;
        }
        return width(text, start, end) <= reach;
    }

    private static int positive(String script, int width) {
        if (width < 1) {
            throw new IllegalStateException("script-widths.properties: " + script + " must be at least 1, was " + width);
        }
        return width;
    }

    private static Map<Character.UnicodeScript, Integer> load() {
        Properties p = new Properties();
        try (InputStream in = ScriptReach.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Character.UnicodeScript, Integer> widths = new EnumMap<>(Character.UnicodeScript.class);
        p.forEach((k, v) -> widths.put(Character.UnicodeScript.valueOf(k.toString().trim()),
                positive(k.toString().trim(), Integer.parseInt(v.toString().trim()))));
        return widths;
    }
}
