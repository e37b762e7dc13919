package org.demarche.analysis.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every {@code corpus/*.json} test resource, so that corpus files added by anyone are evaluated. */
public final class CorpusFiles {

    static final String DIRECTORY = "corpus";

    private CorpusFiles() {
    }

    static Path directory() {
        URL url = CorpusFiles.class.getClassLoader().getResource(DIRECTORY);
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalStateException("test resource directory " + DIRECTORY + " not found on disk: " + url);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Corpus> loadAll() {
        return all().stream().map(Corpus::load).toList();
    }

    static Path resource(String name) {
        return directory().resolve(name);
    }
}
