package org.demarche.analysis.group;

import java.util.List;

import org.demarche.analysis.match.Match;

/** The groups named in a text and the state agencies (sponsors) named in it. */
public record GroupRecognition(List<GroupHit> groups, List<Match<GazetteerName.AgencyName>> agencies) {

    public GroupRecognition {
        groups = List.copyOf(groups);
        agencies = List.copyOf(agencies);
    }
}
