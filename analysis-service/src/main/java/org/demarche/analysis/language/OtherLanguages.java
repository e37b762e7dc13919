package org.demarche.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * The languages beyond the ten analysed ones, for the texts whose letters show one (see
 * {@code language/other-languages.properties}). Lingua decides among a wider set of languages per script family; its
 * models for a family load on the first such text, so a service that only sees the ten never pays for them.
 */
public final class OtherLanguages {

    public static final String RESOURCE = "language/other-languages.properties";

    /** The script families with a wider detector. */
    enum Family {
        LATIN, CYRILLIC, OTHER_SCRIPTS
    }

    private final boolean[] foreignLatin = new boolean[Character.MAX_VALUE + 1];
    private final boolean[] foreignCyrillic = new boolean[Character.MAX_VALUE + 1];
    private final int foreignMin;
    private final int perLetters;
    private final Map<Family, Language[]> languages = new EnumMap<>(Family.class);
    private final Map<Family, LanguageDetector> detectors = new EnumMap<>(Family.class);

    OtherLanguages() {
        Properties p = load();
        mark(foreignLatin, required(p, "latin.foreign-letters"));
        mark(foreignCyrillic, required(p, "cyrillic.foreign-letters"));
        foreignMin = positive(p, "foreign.min");
        perLetters = positive(p, "foreign.per-letters");
        languages.put(Family.LATIN, languages(p, "latin.languages"));
        languages.put(Family.CYRILLIC, languages(p, "cyrillic.languages"));
        languages.put(Family.OTHER_SCRIPTS, languages(p, "other-scripts.languages"));
    }

    /** Whether a Latin-script char is a letter none of the Latin-script analysed languages uses. */
    boolean isForeignLatin(char c) {
        return foreignLatin[Character.toLowerCase(c)];
    }

    /** Whether a Cyrillic char is a letter Russian does not use. */
    boolean isForeignCyrillic(char c) {
        return foreignCyrillic[Character.toLowerCase(c)];
    }

    /** Whether {@code foreign} letters among {@code letters} are enough to ask the wider detector. */
    boolean enough(int foreign, int letters) {
        return foreign >= foreignMin && (long) foreign * perLetters >= letters;
    }

    /** The language among the family's, or {@link LanguageGuesser#UNDETERMINED} when Lingua cannot tell. */
    String detect(Family family, String sample) {
        Language language = detector(family).detectLanguageOf(sample);
        return language == Language.UNKNOWN ? LanguageGuesser.UNDETERMINED
                : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private synchronized LanguageDetector detector(Family family) {
        return detectors.computeIfAbsent(family,
                f -> LanguageDetectorBuilder.fromLanguages(languages.get(f)).withLowAccuracyMode().build());
    }

    private static void mark(boolean[] table, String letters) {
        letters.codePoints().filter(cp -> cp <= Character.MAX_VALUE)
                .forEach(cp -> table[Character.toLowerCase((char) cp)] = true);
    }

    private static Language[] languages(Properties p, String key) {
        try {
            return Arrays.stream(required(p, key).split(",")).map(String::strip).map(Language::valueOf)
                    .toArray(Language[]::new);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + ": " + key + " names a language Lingua does not know", e);
        }
    }

    private static int positive(Properties p, String key) {
        int value = Integer.parseInt(required(p, key).strip());
        if (value < 1) {
            throw new IllegalStateException(RESOURCE + ": " + key + " must be at least 1, was " + value);
        }
        return value;
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is missing");
        }
        return value;
    }

    private static Properties load() {
        try (InputStream in = OtherLanguages.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the classpath");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
