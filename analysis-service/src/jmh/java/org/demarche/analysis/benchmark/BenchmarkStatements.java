package org.demarche.analysis.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Benchmark input: statements of about {@link #TARGET_BYTES} bytes in each of the ten languages, composed from the
 * sentence pools in {@code /benchmark/<language>.txt} (written for the benchmark, one sentence a line). Each
 * variant starts at another sentence and wraps around, so the statements of a language differ from each other.
 */
public final class BenchmarkStatements {

    public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "ja", "ko", "zh", "ru");
    public static final int TARGET_BYTES = 2048;
    public static final int VARIANTS_PER_LANGUAGE = 8;

    public record Statement(String language, String text) {
    }

    private BenchmarkStatements() {
    }

    /** Interleaved by language (en, fr, … ru, en, fr, …) so that any window of ten is mixed. */
    public static List<Statement> mixed() {
        List<List<String>> pools = LANGUAGES.stream().map(BenchmarkStatements::sentences).toList();
        List<Statement> statements = new ArrayList<>();
        for (int variant = 0; variant < VARIANTS_PER_LANGUAGE; variant++) {
            for (int i = 0; i < LANGUAGES.size(); i++) {
                statements.add(new Statement(LANGUAGES.get(i), compose(pools.get(i), variant)));
            }
        }
        return List.copyOf(statements);
    }

    static String compose(List<String> sentences, int variant) {
        String separator = " ";
        StringBuilder text = new StringBuilder();
        int bytes = 0;
        for (int i = variant; bytes < TARGET_BYTES; i++) {
            String sentence = sentences.get(i % sentences.size());
            if (!text.isEmpty()) {
                text.append(separator);
                bytes += separator.length();
            }
            text.append(sentence);
            bytes += sentence.getBytes(StandardCharsets.UTF_8).length;
        }
        return text.toString();
    }

    private static List<String> sentences(String language) {
        String resource = "/benchmark/" + language + ".txt";
        try (InputStream in = BenchmarkStatements.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
