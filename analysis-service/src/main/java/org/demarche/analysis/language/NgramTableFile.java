package org.demarche.analysis.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;

/**
 * Lingua's Latin-script models as {@link NgramLogProbabilities}, written once by the build and read by every start.
 *
 * <p>Loading Lingua's models and gathering them into the table costs a starting service about half a CPU-second
 * (its JSON models parsed, then hashed twice); reading the table the build wrote takes a few milliseconds. The
 * build runs {@link #main} in {@code process-classes} (analysis-service's pom), with the Lingua jar the service
 * ships, so the file always holds that Lingua's values; {@code NgramTableFileTest} checks it against a table
 * gathered from Lingua. Without the file (a class path the build did not prepare) detection still works: the
 * models then load at the start, as Lingua loads them.
 */
public final class NgramTableFile {

    static final String RESOURCE = "org/demarche/analysis/language/latin-ngram-log-probabilities.bin";
    private static final System.Logger LOG = System.getLogger(NgramTableFile.class.getName());

    private NgramTableFile() {
    }

    /** Writes the table of the guesser's Latin-script detector to the given file (the build's resource). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: NgramTableFile OUTPUT_FILE");
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.toAbsolutePath().getParent());
        NgramLogProbabilities table = NgramLogProbabilities.of(LanguageGuesser.lowAccuracyLatinDetector());
        try (OutputStream out = Files.newOutputStream(file)) {
            table.write(out);
        }
    }

    /** The table the build wrote for this detector's languages, or empty (logged) when there is none that fits. */
    static Optional<NgramLogProbabilities> load(LanguageDetector detector) {
        Language[] languages = NgramLogProbabilities.languagesOf(detector);
        try (InputStream in = NgramTableFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.log(System.Logger.Level.INFO, "No {0} on the class path: Lingua''s models load at the start",
                        RESOURCE);
                return Optional.empty();
            }
            return Optional.of(NgramLogProbabilities.read(in, languages));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Unreadable " + RESOURCE + ": Lingua's models load at the start", e);
            return Optional.empty();
        }
    }
}
