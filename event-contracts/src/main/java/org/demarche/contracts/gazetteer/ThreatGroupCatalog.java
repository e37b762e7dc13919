package org.demarche.contracts.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The threat-group gazetteer (MISP galaxy and MITRE ATT&CK facts, see {@code gazetteer/README.md}) that group ids in
 * the events refer to. Names resolve to groups whatever their case, spacing, hyphenation or Unicode form.
 */
public final class ThreatGroupCatalog {

    private static final String RESOURCE = "threat-groups.json";
    private static final List<String> IMPLIED_SUFFIXES = List.of("", "group", "team");
    private static final JsonFactory JSON = new JsonFactory();

    private final List<ThreatGroup> groups;
    private final Map<String, ThreatGroup> byId = new HashMap<>();
    private final Map<String, ThreatGroup> byName = new HashMap<>();

    private ThreatGroupCatalog(List<ThreatGroup> groups) {
        this.groups = List.copyOf(groups);
        for (ThreatGroup group : groups) {
            byId.put(group.id(), group);
            for (String name : group.names()) {
                byName.putIfAbsent(key(name), group);
            }
        }
    }

    public static ThreatGroupCatalog load() {
        try (InputStream in = ThreatGroupCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing gazetteer " + RESOURCE);
            }
            return fromJson(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the file token by token, keeping only what a group record holds: building Jackson's tree of the whole
     * file (358 KB, most of it MISP and ATT&CK bookkeeping) cost a starting service about 0.25 CPU-second more.
     */
    static ThreatGroupCatalog fromJson(InputStream in) throws IOException {
        List<ThreatGroup> groups = new ArrayList<>();
        try (JsonParser json = JSON.createParser(in)) {
            expect(json, json.nextToken(), JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("groups")) {
                    expect(json, value, JsonToken.START_ARRAY);
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        groups.add(group(json));
                    }
                } else {
                    json.skipChildren();
                }
            }
        }
        return new ThreatGroupCatalog(groups);
    }

    private static ThreatGroup group(JsonParser json) throws IOException {
        String id = "";
        String name = "";
        List<String> aliases = new ArrayList<>();
        String sponsor = null;
        String attackId = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            switch (field) {
                case "id" -> id = json.getText();
                case "name" -> name = json.getText();
                case "sponsor" -> sponsor = value == JsonToken.VALUE_NULL ? null : json.getText();
                case "attackId" -> attackId = value == JsonToken.VALUE_NULL ? null : json.getText();
                case "aliases" -> {
                    expect(json, value, JsonToken.START_ARRAY);
                    while (json.nextToken() != JsonToken.END_ARRAY) {
                        aliases.add(json.getText());
                    }
                }
                default -> json.skipChildren();
            }
        }
        return new ThreatGroup(id, name, aliases, sponsor, attackId);
    }

    private static void expect(JsonParser json, JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new JsonParseException(json, "expected " + expected + " in " + RESOURCE + ", found " + actual);
        }
    }

    public List<ThreatGroup> groups() {
        return groups;
    }

    public Optional<ThreatGroup> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The group a name or alias stands for; "Lazarus" also finds "Lazarus Group", "Sandworm" "Sandworm Team". */
    public Optional<ThreatGroup> resolve(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        String key = key(nameOrAlias);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (String suffix : IMPLIED_SUFFIXES) {
            ThreatGroup group = byName.get(key + suffix);
            if (group != null) {
                return Optional.of(group);
            }
        }
        return Optional.ofNullable(byId.get(nameOrAlias));
    }

    /** Comparison key: NFKC, case-folded, letters and digits only. */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            if (Character.isLetterOrDigit(codePoint)) {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }
}
