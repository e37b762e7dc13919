package org.demarche.analysis.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The phrases of one lexicon file ({@code lexicon/<lang>.json} or {@code lexicon/common.json}); format in README. */
public record Lexicon(String language, List<LexiconEntry> entries) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public Lexicon {
        entries = List.copyOf(entries);
    }

    public static Lexicon read(InputStream in) {
        try {
            return fromJson(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Lexicon fromJson(JsonNode root) {
        List<LexiconEntry> entries = new ArrayList<>();
        JsonNode cues = root.path("cues");
        for (TermKind kind : TermKind.values()) {
            JsonNode section = kind.isCue() ? cues.path(kind.section()) : root.path(kind.section());
            if (section.isMissingNode() || section.isNull()) {
                continue;
            }
            if (kind.coded()) {
                requireObject(kind, section);
                for (Iterator<Map.Entry<String, JsonNode>> it = section.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> codeAndPhrases = it.next();
                    for (String phrase : strings(kind, codeAndPhrases.getValue())) {
                        entries.add(new LexiconEntry(kind, codeAndPhrases.getKey(), phrase));
                    }
                }
            } else {
                for (String phrase : strings(kind, section)) {
                    entries.add(new LexiconEntry(kind, null, phrase));
                }
            }
        }
        return new Lexicon(root.path("language").asText(""), entries);
    }

    private static void requireObject(TermKind kind, JsonNode section) {
        if (!section.isObject()) {
            throw new IllegalArgumentException("lexicon section '" + kind.section() + "' must map codes to lists");
        }
    }

    private static List<String> strings(TermKind kind, JsonNode list) {
        if (!list.isArray()) {
            throw new IllegalArgumentException("lexicon section '" + kind.section() + "' must hold lists of strings");
        }
        List<String> out = new ArrayList<>();
        list.forEach(n -> {
            if (!n.asText().isBlank()) {
                out.add(n.asText());
            }
        });
        return out;
    }
}
