package org.demarche.analysis.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The phrases of one lexicon file ({@code lexicon/<lang>.json} or {@code lexicon/common.json}); format in README.
 * Entries come kind by kind in {@link TermKind} order, each kind's in file order.
 */
public record Lexicon(String language, List<LexiconEntry> entries) {

    private static final JsonFactory JSON = new JsonFactory();
    private static final String LANGUAGE = "language";
    private static final String CUES = "cues";
    private static final Map<String, TermKind> ROOT_SECTIONS = sections(false);
    private static final Map<String, TermKind> CUE_SECTIONS = sections(true);

    public Lexicon {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the file token by token (Jackson's tree of the 550 KB of lexicons cost a starting service more than the
     * reading itself); sections this version does not know are skipped.
     *
     * @throws IllegalArgumentException when a known section does not have its shape
     */
    public static Lexicon read(InputStream in) {
        try (JsonParser json = JSON.createParser(in)) {
            return read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Lexicon read(JsonParser json) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("a lexicon file holds one JSON object");
        }
        String language = "";
        Map<TermKind, List<LexiconEntry>> byKind = new EnumMap<>(TermKind.class);
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals(LANGUAGE)) {
                language = value.isScalarValue() && value != JsonToken.VALUE_NULL ? json.getText() : "";
                json.skipChildren();
            } else if (field.equals(CUES) && value == JsonToken.START_OBJECT) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    TermKind kind = CUE_SECTIONS.get(json.currentName());
                    section(json, json.nextToken(), kind, byKind);
                }
            } else {
                section(json, value, ROOT_SECTIONS.get(field), byKind);
            }
        }
        List<LexiconEntry> entries = new ArrayList<>();
        byKind.values().forEach(entries::addAll);
        return new Lexicon(language, entries);
    }

    /** Reads a section of the given kind (the parser at its value), or skips it when it is no known kind's or null. */
    private static void section(JsonParser json, JsonToken value, TermKind kind,
            Map<TermKind, List<LexiconEntry>> byKind) throws IOException {
        if (kind == null || value == JsonToken.VALUE_NULL) {
            json.skipChildren();
            return;
        }
        List<LexiconEntry> entries = byKind.computeIfAbsent(kind, k -> new ArrayList<>());
        if (!kind.coded()) {
            for (String phrase : strings(json, value, kind)) {
                entries.add(new LexiconEntry(kind, null, phrase));
            }
            return;
        }
        if (value != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("lexicon section '" + kind.section() + "' must map codes to lists");
        }
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String code = json.currentName();
            for (String phrase : strings(json, json.nextToken(), kind)) {
                entries.add(new LexiconEntry(kind, code, phrase));
            }
        }
    }

    /** The non-blank strings of a list (a nested list or object counts as blank, as Jackson's asText gives ""). */
    private static List<String> strings(JsonParser json, JsonToken value, TermKind kind) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            throw new IllegalArgumentException("lexicon section '" + kind.section() + "' must hold lists of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonToken item = json.nextToken(); item != JsonToken.END_ARRAY; item = json.nextToken()) {
            if (item.isStructStart()) {
                json.skipChildren();
            } else if (!json.getText().isBlank()) {
                out.add(json.getText());
            }
        }
        return out;
    }

    private static Map<String, TermKind> sections(boolean cues) {
        Map<String, TermKind> sections = new HashMap<>();
        for (TermKind kind : TermKind.values()) {
            if (kind.isCue() == cues) {
                sections.put(kind.section(), kind);
            }
        }
        return sections;
    }
}
