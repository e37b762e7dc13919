package org.demarche.analysis.language;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;

/**
 * Lingua's {@code computeLanguageConfidenceValues} of a low-accuracy detector, computed on the calling thread.
 *
 * <p>Lingua 1.2 hands its one trigram task to {@code ForkJoinPool.commonPool()} and waits for it: measured on the
 * benchmark samples, that hand-off (waking a pool thread, parking the caller) costs about as much as the scoring
 * itself (77 µs against 38 µs a call on this VM). This class runs the same steps, through the same Lingua functions
 * (Kotlin {@code internal} functions, which are public in the bytecode under a {@code $lingua} suffix), in the same
 * order, so the models and the arithmetic stay Lingua's; only the models' look-ups go through
 * {@link NgramLogProbabilities}, Lingua's probabilities in a faster table. {@code CallingThreadConfidenceTest} compares
 * its values with Lingua's own on every corpus and benchmark text, so a Lingua upgrade that changes the steps fails
 * the build.
 */
final class CallingThreadConfidence {

    private static final int TRIGRAM = 3;

    private final LanguageDetector detector;
    /**
     * Lingua's models in one table: the build's ({@link NgramTableFile}), or gathered from Lingua's models by
     * {@link #buildTable()}; until there is one the look-ups are Lingua's own, which give the same values, only slower.
     */
    private volatile NgramLogProbabilities table;

    CallingThreadConfidence(LanguageDetector lowAccuracyDetector) {
        this(lowAccuracyDetector, null);
    }

    /** @param table the detector's models as a table, null to use Lingua's look-ups until {@link #buildTable()} */
    CallingThreadConfidence(LanguageDetector lowAccuracyDetector, NgramLogProbabilities table) {
        if (!lowAccuracyDetector.isLowAccuracyModeEnabled$lingua()) {
            throw new IllegalArgumentException("only a low-accuracy detector scores trigrams alone");
        }
        this.detector = lowAccuracyDetector;
        this.table = table;
    }

    /** Loads the models if Lingua has not yet and gathers them into the table the scoring then uses. */
    void buildTable() {
        table = NgramLogProbabilities.of(detector);
    }

    boolean hasTable() {
        return table != null;
    }

    /**
     * What Lingua's {@code detectLanguageOf} gives: the best language, UNKNOWN when there is none or when the
     * runner-up scores the same (the detector's minimum relative distance is Lingua's default, 0).
     */
    Language mostLikely(String text) {
        SortedMap<Language, Double> confidences = confidences(text);
        if (confidences.isEmpty()) {
            return Language.UNKNOWN;
        }
        Iterator<Double> values = confidences.values().iterator();
        Double best = values.next();
        return values.hasNext() && best.equals(values.next()) ? Language.UNKNOWN : confidences.firstKey();
    }

    /** The languages' confidence values, best first (ties by language), as Lingua's public method gives them. */
    SortedMap<Language, Double> confidences(String text) {
        String cleaned = detector.cleanUpInputText$lingua(text);
        if (!hasLetter(cleaned)) {  // Lingua's NO_LETTER, ^[^\p{L}]+$, or empty
            return new TreeMap<>();
        }
        List<String> words = detector.splitTextIntoWords$lingua(cleaned);
        Language byRules = detector.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) {
            return certain(byRules);
        }
        Set<Language> candidates = detector.filterLanguagesByRules$lingua(words);
        if (candidates.size() == 1) {
            return certain(candidates.iterator().next());
        }
        if (cleaned.length() < TRIGRAM) {
            return new TreeMap<>();
        }
        TestDataLanguageModel trigrams = TestDataLanguageModel.Companion.fromText(cleaned, TRIGRAM);
        NgramLogProbabilities models = table;
        Map<Language, Float> probabilities = models != null ? models.probabilities(trigrams.getNgrams(), candidates)
                : detector.computeLanguageProbabilities$lingua(trigrams, candidates);
        Map<Language, Float> summed = detector.sumUpProbabilities$lingua(List.of(probabilities), Map.of(), candidates);
        return relativeToBest(summed);
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static SortedMap<Language, Double> certain(Language language) {
        SortedMap<Language, Double> values = new TreeMap<>();
        values.put(language, 1.0);
        return values;
    }

    /** Each language's summed log-probability divided into the best one, as a float quotient like Lingua's. */
    private static SortedMap<Language, Double> relativeToBest(Map<Language, Float> summed) {
        if (summed.isEmpty()) {
            return new TreeMap<>();
        }
        float highest = Float.NEGATIVE_INFINITY;
        for (float value : summed.values()) {
            highest = Math.max(highest, value);
        }
        Map<Language, Double> confidences = new EnumMap<>(Language.class);
        for (Map.Entry<Language, Float> entry : summed.entrySet()) {
            confidences.put(entry.getKey(), (double) (highest / entry.getValue()));
        }
        Comparator<Language> bestFirst = Comparator.<Language, Double>comparing(confidences::get).reversed()
                .thenComparing(Comparator.naturalOrder());
        SortedMap<Language, Double> sorted = new TreeMap<>(bestFirst);
        sorted.putAll(confidences);
        return sorted;
    }
}
