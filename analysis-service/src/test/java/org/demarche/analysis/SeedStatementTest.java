package org.demarche.analysis;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statement the product was designed from: Japan's 2021 statement on APT40 and Tick, as French news. */
class SeedStatementTest {

    private static String text;
    private static StatementAnalyzed result;

    @BeforeAll
    static void analyse() {
        text = AnalyzerFixture.resource("statements/seed-001.fr.txt");
        result = ANALYZER.analyze(AnalyzerFixture.statement(text, "Le Hautpanel", null));
    }

    @Test
    void detectsFrenchAndJapanAsTheSpeaker() {
        assertEquals("fr", result.language());
        assertEquals("JP", result.speaker().code());
        assertEquals(ActorKind.STATE, result.speaker().kind());
    }

    @Test
    void namesApt40AndTickButNotThePlaUnit() {
        assertEquals(Set.of("apt40", "bronze-butler"), Outcome.groups(result));
        assertTrue(result.groups().stream().anyMatch(g -> g.mention().equals("Tick")));
    }

    @Test
    void ownAndReportedAttributionsToChina() {
        assertEquals(Set.of("JP>apt40>CN:OWN", "JP>bronze-butler>CN:OWN", "GB>apt40>CN:REPORTED",
                "US>apt40>CN:REPORTED"), Outcome.attributions(result));
    }

    @Test
    void japanCondemnsChinaAndNobodyDenies() {
        assertEquals(Set.of("JP>CN"), Outcome.condemnations(result));
        assertTrue(result.denials().isEmpty());
    }

    @Test
    void everyGroupAttributionIsANaming() {
        assertEquals(Set.of("JP>apt40:ATTRIBUTION", "JP>bronze-butler:ATTRIBUTION", "GB>apt40:ATTRIBUTION",
                "US>apt40:ATTRIBUTION"), Outcome.namings(result));
    }

    @Test
    void hedgesAreOnTheYardstickAndEvidenceIsTheSentence() {
        Attribution tick = result.attributions().stream().filter(a -> "bronze-butler".equals(a.groupId()))
                .findFirst().orElseThrow();
        assertEquals(Confidence.HIGHLY_LIKELY, tick.confidence());
        assertTrue(tick.evidence().contains("fort probable"));
        assertEquals(tick.evidence(), text.substring(tick.provenance().start(), tick.provenance().end()));
    }

    @Test
    void resultSatisfiesTheEventSchema() {
        EventCodec codec = new EventCodec();
        String json = codec.encode(EventSchema.STATEMENT_ANALYZED, result);
        assertEquals(result, codec.decode(EventSchema.STATEMENT_ANALYZED, json));
    }
}
