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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The threat-group gazetteer (MISP galaxy and MITRE ATT&CK facts, see {@code gazetteer/README.md}) that group ids in
 * the events refer to. Names resolve to groups whatever their case, spacing, hyphenation or Unicode form.
 */
public final class ThreatGroupCatalog {

    private static final String RESOURCE = "threat-groups.json";
    private static final List<String> IMPLIED_SUFFIXES = List.of("", "group", "team");

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
            return fromJson(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ThreatGroupCatalog fromJson(JsonNode root) {
        List<ThreatGroup> groups = new ArrayList<>();
        for (JsonNode g : root.path("groups")) {
            List<String> aliases = new ArrayList<>();
            g.path("aliases").forEach(a -> aliases.add(a.asText()));
            groups.add(new ThreatGroup(g.path("id").asText(), g.path("name").asText(), aliases,
                    textOrNull(g.path("sponsor")), textOrNull(g.path("attackId"))));
        }
        return new ThreatGroupCatalog(groups);
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
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String textOrNull(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
