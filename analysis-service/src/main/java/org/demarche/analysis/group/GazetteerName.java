package org.demarche.analysis.group;

import org.demarche.contracts.gazetteer.ThreatGroup;

/** What a name of the group automaton stands for: a threat group, a state agency (a sponsor, never a group) or
 * another thing whose name holds a group name. */
public sealed interface GazetteerName {

    /**
     * @param group     the catalogue group, or null for a group the catalogue lacks ({@code gazetteer/extra-groups.tsv})
     * @param ambiguous the name is also an ordinary word or name and counts only in a cyber context
     * @param name      the name of a group the catalogue lacks, as the list writes it (null for catalogue groups)
     */
    record GroupName(ThreatGroup group, boolean ambiguous, String name) implements GazetteerName {

        GroupName(ThreatGroup group, boolean ambiguous) {
            this(group, ambiguous, null);
        }

        /** The gazetteer id, or the folded name of a group the catalogue lacks (as {@link GroupHit#key()}). */
        String key() {
            return group != null ? group.id() : "?" + org.demarche.contracts.gazetteer.ThreatGroupCatalog.key(name);
        }
    }

    record AgencyName(String agencyId, String state) implements GazetteerName {
    }

    /** The letters of a tracking id ("UNC", "Storm-"): with the digits after them, a group name ("UNC5812"). */
    record TrackingPrefix(String prefix) implements GazetteerName {
    }

    /** A tool, product or malware whose name holds a group name ("Cobalt Strike", "Equation Editor"): no group. */
    record OtherName(String name) implements GazetteerName {
    }
}
