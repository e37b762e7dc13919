package org.demarche.analysis.group;

import org.demarche.contracts.gazetteer.ThreatGroup;

/**
 * A threat group named in the text.
 *
 * @param group   the gazetteer group, or null for a group the gazetteer lacks (introduced by the text)
 * @param name    canonical name, or the name as written for an unknown group
 * @param mention the name as written
 * @param start   original offset (inclusive)
 * @param end     original offset (exclusive)
 */
public record GroupHit(ThreatGroup group, String name, String mention, int start, int end, int sentence) {

    public boolean known() {
        return group != null;
    }

    /** Identity for de-duplication: the gazetteer id, or the folded name of an unknown group. */
    public String key() {
        return group != null ? group.id() : "?" + org.demarche.contracts.gazetteer.ThreatGroupCatalog.key(name);
    }

    public String id() {
        return group == null ? null : group.id();
    }
}
