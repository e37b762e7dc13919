package org.demarche.alert;

import java.time.Instant;
import java.util.List;

import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.GroupMention;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Provenance;
import org.demarche.contracts.analysis.Speaker;
import org.demarche.contracts.analysis.Stance;

/** Analysed statements as analysis-service would publish them. */
public final class TestStatements {

    public static final String EVIDENCE =
            "The Australian Government assesses that APT40 is sponsored by the Chinese Ministry of State Security.";

    private TestStatements() {
    }

    /** Australia attributing APT40 (known to the gazetteer, alias Leviathan) to China. */
    public static StatementAnalyzed apt40ByAustralia(String statementId) {
        return statement(statementId, "AU",
                List.of(new GroupMention("APT40", "apt40", "APT40", true, "CN")),
                List.of(new Attribution("AU", "APT40", "apt40", "CN", Stance.OWN, Confidence.ASSERTED, EVIDENCE,
                        new Provenance("attribution.sponsored-by", 0, EVIDENCE.length()))),
                List.of(naming("AU", "APT40", "apt40", "CN")));
    }

    /** The same naming of a group the gazetteer does not know. */
    public static StatementAnalyzed unknownGroup(String statementId, String state, String group) {
        return statement(statementId, state,
                List.of(new GroupMention(group, null, group, false, null)),
                List.of(new Attribution(state, group, null, null, Stance.OWN, Confidence.LIKELY, EVIDENCE, null)),
                List.of(new Naming(state, group, null, NamingKind.ATTRIBUTION, Stance.OWN, null, Confidence.LIKELY,
                        EVIDENCE)));
    }

    public static Naming naming(String state, String group, String groupId, String sponsor) {
        return new Naming(state, group, groupId, NamingKind.ATTRIBUTION, Stance.OWN, sponsor, Confidence.ASSERTED,
                EVIDENCE);
    }

    public static StatementAnalyzed withNamings(String statementId, String speaker, List<Naming> namings) {
        return statement(statementId, speaker, List.of(), List.of(), namings);
    }

    private static StatementAnalyzed statement(String statementId, String speaker, List<GroupMention> groups,
            List<Attribution> attributions, List<Naming> namings) {
        return new StatementAnalyzed(StatementAnalyzed.SCHEMA_VERSION, statementId, "en", "test-1",
                "Department of Foreign Affairs and Trade", "https://www.dfat.gov.au/news/" + statementId,
                "2024-07-09", Instant.parse("2024-07-09T01:00:00Z"), Instant.parse("2024-07-09T01:00:01Z"),
                new Speaker(speaker, ActorKind.STATE, null), groups, attributions, List.of(), List.of(), namings);
    }
}
