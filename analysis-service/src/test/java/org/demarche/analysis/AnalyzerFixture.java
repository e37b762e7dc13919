package org.demarche.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.demarche.contracts.StatementAnalyzed;

/** One analyzer for all unit tests (building it compiles every lexicon and the gazetteer). */
public final class AnalyzerFixture {

    public static final Analyzer ANALYZER =
            Analyzer.fromClasspath(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    private AnalyzerFixture() {
    }

    public static String resource(String path) {
        try (InputStream in = AnalyzerFixture.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StatementInput statement(String text, String publisher, String language) {
        return new StatementInput("t-1", text, publisher, null, null, language, null);
    }

    /** The shared analyzer's result for a short invented text. */
    public static StatementAnalyzed analyse(String text, String publisher, String language) {
        return ANALYZER.analyze(statement(text, publisher, language));
    }
}
