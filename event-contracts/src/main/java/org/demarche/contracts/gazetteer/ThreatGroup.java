package org.demarche.contracts.gazetteer;

import java.util.List;

/** A threat group of the gazetteer; {@code sponsor} is the suspected state sponsor (ISO alpha-2) or null. */
public record ThreatGroup(String id, String name, List<String> aliases, String sponsor, String attackId) {

    public ThreatGroup {
        aliases = List.copyOf(aliases);
    }

    /** The canonical name followed by every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
