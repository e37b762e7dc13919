package org.demarche.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.demarche.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Runs the analyzer over the project's labelled corpora and holds it to the floors in
 * {@code corpus/thresholds.properties}, which are raised as the analyzer improves (never set above what it measures).
 */
class CorpusEvaluationTest {

    private static final String THRESHOLDS = "thresholds.properties";

    @Test
    void analyzerMeetsTheCorpusThresholds() throws IOException {
        List<Corpus> corpora = CorpusFiles.loadAll();
        assertFalse(corpora.isEmpty(), "no corpus files");
        CorpusEvaluation.Result result = new CorpusEvaluation(Analyzer.fromClasspath(Clock.systemUTC()),
                GroupClusters.fromGazetteer()).run(corpora);
        System.out.print(EvaluationReport.format(result, Boolean.getBoolean("corpus.showErrors")));

        Properties thresholds = new Properties();
        try (Reader in = Files.newBufferedReader(CorpusFiles.resource(THRESHOLDS), StandardCharsets.UTF_8)) {
            thresholds.load(in);
        }
        assertFalse(thresholds.isEmpty(), "no thresholds");
        List<String> unmet = new ArrayList<>();
        for (String key : thresholds.stringPropertyNames()) {
            double floor = Double.parseDouble(thresholds.getProperty(key).trim());
            double measured = measure(result.scorer(), key);
            if (measured < floor) {
                unmet.add(String.format(Locale.ROOT, "%s = %.3f < %.3f", key, measured, floor));
            }
        }
        assertTrue(unmet.isEmpty(), "below threshold: " + unmet);
    }

    /**
     * Reads a figure by threshold key: {@code <field>.f1|precision|recall[.<lang>]} or
     * {@code speaker|language|stance.accuracy[.<lang>]}.
     */
    static double measure(Scorer scorer, String key) {
        String[] parts = key.split("\\.");
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("bad threshold key " + key);
        }
        Scores scores = parts.length == 3 ? scorer.byLanguage().get(parts[2]) : scorer.overall();
        if (scores == null) {
            throw new IllegalArgumentException("no statements in language of " + key);
        }
        String metric = parts[1];
        if ("accuracy".equals(metric)) {
            return switch (parts[0]) {
                case "speaker" -> scores.speaker().value();
                case "language" -> scores.language().value();
                case "stance" -> scores.stance().value();
                default -> throw new IllegalArgumentException("bad threshold key " + key);
            };
        }
        Counts counts = scores.counts(Field.valueOf(parts[0].toUpperCase(Locale.ROOT)));
        return switch (metric) {
            case "f1" -> counts.f1();
            case "precision" -> counts.precision();
            case "recall" -> counts.recall();
            default -> throw new IllegalArgumentException("bad threshold key " + key);
        };
    }
}
