package org.demarche.analysis.group;

import org.demarche.contracts.gazetteer.ThreatGroup;

/** What a name of the group automaton stands for: a threat group or a state agency (a sponsor, never a group). */
public sealed interface GazetteerName {

    /** @param ambiguous the name is also an ordinary word or name and counts only in a cyber context */
    record GroupName(ThreatGroup group, boolean ambiguous) implements GazetteerName {
    }

    record AgencyName(String agencyId, String state) implements GazetteerName {
    }
}
