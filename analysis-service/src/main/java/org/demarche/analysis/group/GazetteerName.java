package org.demarche.analysis.group;

import org.demarche.contracts.gazetteer.ThreatGroup;

/** What a name of the group automaton stands for: a threat group, a state agency (a sponsor, never a group) or
 * another thing whose name holds a group name. */
public sealed interface GazetteerName {

    /** @param ambiguous the name is also an ordinary word or name and counts only in a cyber context */
    record GroupName(ThreatGroup group, boolean ambiguous) implements GazetteerName {
    }

    record AgencyName(String agencyId, String state) implements GazetteerName {
    }

    /** A tool, product or malware whose name holds a group name ("Cobalt Strike", "Equation Editor"): no group. */
    record OtherName(String name) implements GazetteerName {
    }
}
