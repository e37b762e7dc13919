package org.demarche.analysis.language;

import java.util.Iterator;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CompletableFuture;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

/**
 * Detects the language of a text the caller did not label. Scripts settle Korean, Japanese, Chinese and Russian
 * cheaply; Lingua (six Latin-script languages) decides among the rest, on as little text as settles it (see
 * {@link #SAMPLES}). A text whose letters show a language outside the ten goes to {@link OtherLanguages}. Never
 * fails: an undecidable text gets "und".
 */
public final class LanguageGuesser {

    public static final String UNDETERMINED = "und";
    private static final System.Logger LOG = System.getLogger(LanguageGuesser.class.getName());
    private static final int SAMPLE = 2000;
    /**
     * Lingua's cost grows with the text it reads, so it first reads short samples of the text's lower-case words
     * (names, acronyms, figures and capitalised words say little about the language) and trusts one only when its
     * best language leads the runner-up clearly: the runner-up's confidence must be below the given share of the
     * winner's. Measured on the corpora, the benchmark statements and 1,911 windows starting at other points of
     * them: every clear verdict at 60 and 150 chars matched the language labelled, and 95 % of the texts are settled
     * by the first sample, so Lingua reads about 73 chars a text where one 150-char cut of the text read 154.
     */
    private static final int[] SAMPLES = {60, 150};
    private static final double CLEAR_LEAD = 0.9;
    /**
     * When no sample gave a clear lead, Lingua decides on at most this much, cut at a space (the corpus and
     * benchmark statements get the same answers as at 2,000).
     */
    private static final int MODEL_SAMPLE = 400;

    /**
     * Below this length the low-accuracy (trigram) mode is trusted only when its lead is clear, and the full models
     * (unigrams to fivegrams: about 5 s and 160 MB of heap to load, once) decide the rest. On 6,944 windows of 40 to
     * 199 chars cut from the Latin-script corpus and dev texts, 83 % (at 40 chars) to 99 % (at 199) were clear,
     * 99.4 % to 100 % of those right, and the whole came within 0.002 of the full models alone.
     */
    private static final int SHORT_TEXT = 200;
    private static final Language[] LATIN = {Language.ENGLISH, Language.FRENCH, Language.GERMAN, Language.SPANISH,
        Language.ITALIAN, Language.DUTCH};

    private final OtherLanguages others = new OtherLanguages();
    private final LetterClasses letterClasses = new LetterClasses(others);
    private CompletableFuture<Void> table;
    private final LanguageDetector latin = lowAccuracyLatinDetector();
    private final CallingThreadConfidence latinSamples =
            new CallingThreadConfidence(latin, NgramTableFile.load(latin).orElse(null));
    /** Loaded lazily, on the first short unlabelled text the compact models leave unclear. */
    private final LanguageDetector latinShort = LanguageDetectorBuilder.fromLanguages(LATIN).build();

    public String detect(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        Letters letters = Letters.count(sample, letterClasses);
        if (letters.otherScripts() > letters.latin() + letters.cyrillic() + letters.cjk()) {
            return others.detect(OtherLanguages.Family.OTHER_SCRIPTS, cut(sample, MODEL_SAMPLE));
        }
        if (letters.cyrillic() > letters.latin() && letters.cyrillic() >= letters.cjk()
                && others.enough(letters.foreignCyrillic(), letters.cyrillic())) {
            return others.detect(OtherLanguages.Family.CYRILLIC, cut(sample, MODEL_SAMPLE));
        }
        Optional<String> byScript = byScript(letters);
        if (byScript.isPresent()) {
            return byScript.get();
        }
        if (others.enough(letters.foreignLatin(), letters.latin())) {
            return others.detect(OtherLanguages.Family.LATIN, cut(sample, MODEL_SAMPLE));
        }
        return byModel(sample);
    }

    private String byModel(String sample) {
        Language language;
        if (sample.length() < SHORT_TEXT) {
            language = clearWinner(latinSamples.confidences(sample), CLEAR_LEAD)
                    .orElseGet(() -> latinShort.detectLanguageOf(sample));
        } else {
            language = clearFromSamples(sample).orElseGet(() -> latinSamples.mostLikely(cut(sample, MODEL_SAMPLE)));
        }
        return language == Language.UNKNOWN ? UNDETERMINED
                : language.getIsoCode639_1().name().toLowerCase(java.util.Locale.ROOT);
    }

    private Optional<Language> clearFromSamples(String sample) {
        for (int i = 0; i < SAMPLES.length; i++) {
            String words = lowerCaseWords(sample, SAMPLES[i]);
            Optional<Language> clear = clearWinner(latinSamples.confidences(words), CLEAR_LEAD);
            if (clear.isPresent() || words.length() < SAMPLES[i]) {
                return clear;
            }
        }
        return Optional.empty();
    }

    /**
     * The best language when the runner-up's confidence is below {@code lead} times the winner's (confidences sorted
     * best first, as Lingua gives them).
     */
    static Optional<Language> clearWinner(SortedMap<Language, Double> confidences, double lead) {
        if (confidences.isEmpty()) {
            return Optional.empty();
        }
        Iterator<Double> values = confidences.values().iterator();
        double best = values.next();
        if (!values.hasNext()) {
            return Optional.of(confidences.firstKey());
        }
        double second = values.next();
        return best > 0 && second < lead * best ? Optional.of(confidences.firstKey()) : Optional.empty();
    }

    /**
     * The words of the text written in lower case only (letters, inner apostrophes and hyphens; two chars or more),
     * space-separated, until there are at least {@code max} chars.
     */
    static String lowerCaseWords(String text, int max) {
        StringBuilder sample = new StringBuilder(max + 32);
        int n = text.length();
        int i = 0;
        while (i < n && sample.length() < max) {
            while (i < n && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            boolean lowerCase = true;
            while (i < n && isWordPart(text, i)) {
                char c = text.charAt(i);
                lowerCase &= !Character.isUpperCase(c) && !Character.isTitleCase(c) && !Character.isDigit(c);
                i++;
            }
            if (lowerCase && i - start >= 2) {
                if (sample.length() > 0) {
                    sample.append(' ');
                }
                sample.append(text, start, i);
            }
            if (i == start) {
                i++;
            }
        }
        return sample.toString();
    }

    private static boolean isWordPart(String text, int i) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        boolean inner = (c == '\'' || c == '\u2019' || c == '-') && i + 1 < text.length()
                && Character.isLetter(text.charAt(i + 1));
        return inner;
    }

    /** The text up to {@code max} chars, cut back to a space if one is in the second half. */
    static String cut(String sample, int max) {
        if (sample.length() <= max) {
            return sample;
        }
        int cut = max;
        while (cut > max / 2 && !Character.isWhitespace(sample.charAt(cut))) {
            cut--;
        }
        return sample.substring(0, cut);
    }

    private static Optional<String> byScript(Letters letters) {
        int cjk = letters.cjk();
        if (cjk > letters.latin() && cjk >= letters.cyrillic()) {
            if (letters.hangul() >= letters.kana() && letters.hangul() >= letters.han() / 2 && letters.hangul() > 0) {
                return Optional.of("ko");
            }
            return Optional.of(letters.kana() > 0 ? "ja" : "zh");
        }
        if (letters.cyrillic() > letters.latin()) {
            return Optional.of("ru");
        }
        return Optional.empty();
    }

    /** How many letters of each script a sample has, and how many of them no analysed language uses. */
    private record Letters(int hangul, int kana, int han, int cyrillic, int latin, int otherScripts,
            int foreignLatin, int foreignCyrillic) {

        int cjk() {
            return hangul + kana + han;
        }

        static Letters count(String sample, LetterClasses classes) {
            int hangul = 0;
            int kana = 0;
            int han = 0;
            int cyrillic = 0;
            int latin = 0;
            int otherScripts = 0;
            int foreignLatin = 0;
            int foreignCyrillic = 0;
            for (int i = 0; i < sample.length(); i++) {
                switch (classes.of(sample.charAt(i))) {
                    case LetterClasses.LATIN -> latin++;
                    case LetterClasses.FOREIGN_LATIN -> {
                        latin++;
                        foreignLatin++;
                    }
                    case LetterClasses.CYRILLIC -> cyrillic++;
                    case LetterClasses.FOREIGN_CYRILLIC -> {
                        cyrillic++;
                        foreignCyrillic++;
                    }
                    case LetterClasses.HANGUL -> hangul++;
                    case LetterClasses.KANA -> kana++;
                    case LetterClasses.HAN -> han++;
                    case LetterClasses.OTHER_SCRIPT_LETTER -> otherScripts++;
                    default -> { }
                }
            }
            return new Letters(hangul, kana, han, cyrillic, latin, otherScripts, foreignLatin, foreignCyrillic);
        }
    }

    /** The detector of the six Latin-script languages in Lingua's low-accuracy (trigram) mode. */
    static LanguageDetector lowAccuracyLatinDetector() {
        return LanguageDetectorBuilder.fromLanguages(LATIN).withLowAccuracyMode().build();
    }

    /**
     * Loads Lingua's trigram models now rather than on the first unlabelled statement, unless the build's table
     * ({@link NgramTableFile}) stands in for them.
     */
    public void warmUp() {
        if (!latinSamples.hasTable()) {
            latin.detectLanguageOf("warm up the language models");
        }
    }

    /**
     * Gathers Lingua's models into the faster table, on a thread of its own (once; later calls get the same future),
     * when the build's table was not on the class path (done at once when it was). It takes a tenth of a second of
     * CPU that a starting service need not spend before it is ready; until it is done, detection gives the same
     * answers through Lingua's own look-ups.
     */
    public synchronized CompletableFuture<Void> buildTable() {
        if (table == null && latinSamples.hasTable()) {
            table = CompletableFuture.completedFuture(null);
        } else if (table == null) {
            table = CompletableFuture.runAsync(this::tableOrWarn, task -> {
                Thread thread = new Thread(task, "language-table");
                thread.setDaemon(true);
                thread.start();
            });
        }
        return table;
    }

    /** Whether the table has been built (without starting its build). */
    public synchronized boolean tableBuilt() {
        return table != null && table.isDone();
    }

    private void tableOrWarn() {
        try {
            latinSamples.buildTable();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Lingua's look-ups stay in use: its models could not be tabled", e);
        }
    }
}
