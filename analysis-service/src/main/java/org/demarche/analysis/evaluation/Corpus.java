package org.demarche.analysis.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A labelled corpus: statements with the gold labels of what each text says (format described in
 * {@code EVALUATION.md}).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Corpus(String corpus, List<Statement> statements) {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public Corpus {
        statements = statements == null ? List.of() : List.copyOf(statements);
    }

    public static Corpus load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
    }

    public static Corpus read(InputStream in, String origin) {
        try {
            Corpus corpus = MAPPER.readValue(in, Corpus.class);
            corpus.statements().forEach(s -> s.requireValid(origin));
            return corpus;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse corpus " + origin, e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(String id, String language, String publisher, String publishedAt, String url, String text,
            Gold gold, String notes) {

        void requireValid(String origin) {
            if (id == null || text == null || language == null || gold == null || gold.speaker() == null) {
                throw new IllegalArgumentException(origin + ": statement " + id
                        + " lacks one of id, language, text, gold, gold.speaker");
            }
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Gold(GoldSpeaker speaker, List<String> groups, List<GoldAttribution> attributions,
            List<GoldCondemnation> condemnations, List<GoldDenial> denials, boolean alert) {

        public Gold {
            groups = groups == null ? List.of() : List.copyOf(groups);
            attributions = attributions == null ? List.of() : List.copyOf(attributions);
            condemnations = condemnations == null ? List.of() : List.copyOf(condemnations);
            denials = denials == null ? List.of() : List.copyOf(denials);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldSpeaker(String code, String kind) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldAttribution(String attributor, String group, String sponsor, String stance) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldCondemnation(String condemner, String target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldDenial(String denier, String group) {
    }
}
