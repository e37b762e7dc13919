package org.demarche.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Condemnation;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.Denial;
import org.demarche.contracts.analysis.GroupMention;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Speaker;
import org.demarche.contracts.analysis.Stance;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final double EPS = 1e-9;
    private static final GroupClusters CLUSTERS = GroupClusters.fromGazetteer();

    private static final String TWO_STATEMENTS = """
            {"corpus": "tiny", "statements": [
              {"id": "t-1", "language": "en", "publisher": "FCDO", "publishedAt": "2021-07-19", "text": "x",
               "gold": {"speaker": {"code": "GB", "kind": "STATE"}, "groups": ["Leviathan", "APT40"],
                 "attributions": [{"attributor": "GB", "group": "APT40", "sponsor": "CN", "stance": "OWN"},
                                  {"attributor": "US", "group": "APT40", "sponsor": "CN", "stance": "REPORTED"}],
                 "condemnations": [{"condemner": "GB", "target": "CN"}], "denials": [], "alert": true}},
              {"id": "t-2", "language": "fr", "publisher": null, "publishedAt": "2020-01-01", "text": "y",
               "gold": {"speaker": {"code": null, "kind": "NON_STATE"}, "groups": [], "attributions": [],
                 "condemnations": [], "denials": [], "alert": false}}
            ]}
            """;

    private final Corpus corpus = Corpus.read(
            new ByteArrayInputStream(TWO_STATEMENTS.getBytes(StandardCharsets.UTF_8)), "inline");

    @Test
    void loadsTheCorpusFormat() {
        assertEquals("tiny", corpus.corpus());
        assertEquals(2, corpus.statements().size());
        Corpus.Statement first = corpus.statements().get(0);
        assertEquals("GB", first.gold().speaker().code());
        assertEquals(2, first.gold().attributions().size());
        assertTrue(first.gold().alert());
        assertFalse(corpus.statements().get(1).gold().alert());
    }

    @Test
    void perfectAnalysisScoresOneEverywhereAndAliasesCollapse() {
        Scorer scorer = new Scorer(CLUSTERS);
        scorer.add(corpus.statements().get(0), analysis("en", new Speaker("GB", ActorKind.STATE, "UK"),
                List.of(mention("APT40")),
                List.of(attribution("GB", "APT40", "CN", Stance.OWN), attribution("US", "APT40", "CN", Stance.REPORTED)),
                List.of(new Condemnation("GB", "CN", "e", null)), List.of(), true));
        scorer.add(corpus.statements().get(1), analysis("fr", new Speaker(null, ActorKind.NON_STATE, null),
                List.of(), List.of(), List.of(), List.of(), false));

        Scores overall = scorer.overall();
        for (Field field : Field.values()) {
            assertEquals(1.0, overall.counts(field).f1(), EPS, field.key());
        }
        // Leviathan and APT40 are one cluster: one true positive, not two
        assertEquals(1, overall.counts(Field.GROUPS).truePositives());
        assertEquals(1.0, overall.speaker().value(), EPS);
        assertEquals(1.0, overall.language().value(), EPS);
        assertEquals(2, overall.stance().trials());
        assertEquals(1.0, overall.stance().value(), EPS);
        assertTrue(scorer.errors().isEmpty());
    }

    @Test
    void countsMissesExtrasWrongStanceAndWrongSpeaker() {
        Scorer scorer = new Scorer(CLUSTERS);
        // keeps the own attribution with the wrong stance, misses the reported one, invents a sponsor-less one
        StatementErrors errors = scorer.add(corpus.statements().get(0), analysis("de",
                new Speaker("US", ActorKind.STATE, null), List.of(mention("Fancy Bear")),
                List.of(attribution("GB", "Leviathan", "CN", Stance.REPORTED), attribution("GB", "Fancy Bear", null,
                        Stance.OWN)),
                List.of(), List.of(new Denial("CN", null, null, "e", null)), true));

        Scores overall = scorer.overall();
        Counts attributions = overall.counts(Field.ATTRIBUTIONS);
        assertEquals(1, attributions.truePositives());
        assertEquals(1, attributions.falsePositives());
        assertEquals(1, attributions.falseNegatives());
        assertEquals(0.5, attributions.f1(), EPS);
        assertEquals(0.0, overall.counts(Field.CONDEMNATIONS).recall(), EPS);
        assertEquals(0.0, overall.counts(Field.DENIALS).precision(), EPS);
        // no gold denials and one predicted: recall over nothing counts as 1
        assertEquals(1.0, overall.counts(Field.DENIALS).recall(), EPS);
        assertEquals(0.0, overall.stance().value(), EPS);
        assertEquals(0.0, overall.speaker().value(), EPS);
        assertEquals(0.0, overall.language().value(), EPS);
        assertEquals(List.of("(US, apt40, CN)"), errors.missing().get(Field.ATTRIBUTIONS));
        assertEquals(List.of("(GB, apt28, null)"), errors.extra().get(Field.ATTRIBUTIONS));
        assertEquals(List.of("apt40"), errors.missing().get(Field.GROUPS));
        assertEquals(1, scorer.errors().size());
    }

    @Test
    void alertFollowsNamingsAndSpeakerWithoutCodeMustBeNonState() {
        Scorer scorer = new Scorer(CLUSTERS);
        scorer.add(corpus.statements().get(1), analysis("fr", new Speaker(null, ActorKind.IGO, null), List.of(),
                List.of(), List.of(), List.of(), true));

        Counts alert = scorer.overall().counts(Field.ALERT);
        assertEquals(1, alert.falsePositives());
        assertEquals(0.0, alert.f1(), EPS);
        assertEquals(0.0, scorer.overall().speaker().value(), EPS);
        assertEquals(1, scorer.byLanguage().get("fr").counts(Field.ALERT).falsePositives());
    }

    @Test
    void unknownGroupsCompareByNormalisedName() {
        assertEquals(CLUSTERS.cluster("Quiet Heron-7"), CLUSTERS.cluster("quiet heron 7"));
        assertTrue(CLUSTERS.cluster("Quiet Heron-7").startsWith("?"));
        assertEquals(CLUSTERS.cluster("APT 28"), CLUSTERS.cluster("apt-28"));
        assertEquals("apt29", CLUSTERS.cluster("Cozy Bear"));
    }

    @Test
    void failedAnalysisCountsEverythingAsMissed() {
        Scorer scorer = new Scorer(CLUSTERS);
        scorer.add(corpus.statements().get(0), null);
        Scores overall = scorer.overall();
        assertEquals(0.0, overall.counts(Field.ATTRIBUTIONS).recall(), EPS);
        assertEquals(2, overall.counts(Field.ATTRIBUTIONS).falseNegatives());
        assertEquals(1, overall.counts(Field.ALERT).falseNegatives());
    }

    private static GroupMention mention(String name) {
        return new GroupMention(name, null, name, false, null);
    }

    private static Attribution attribution(String attributor, String group, String sponsor, Stance stance) {
        return new Attribution(attributor, group, null, sponsor, stance, Confidence.ASSERTED, "e", null);
    }

    private static StatementAnalyzed analysis(String language, Speaker speaker, List<GroupMention> groups,
            List<Attribution> attributions, List<Condemnation> condemnations, List<Denial> denials, boolean naming) {
        List<Naming> namings = naming
                ? List.of(new Naming("GB", "APT40", "apt40", NamingKind.ATTRIBUTION, Stance.OWN, "CN",
                        Confidence.ASSERTED, "e"))
                : List.of();
        return new StatementAnalyzed(StatementAnalyzed.SCHEMA_VERSION, "s", language, "test", null, null, null, null,
                null, speaker, groups, attributions, condemnations, denials, namings);
    }
}
