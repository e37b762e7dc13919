package org.demarche.analysis;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.demarche.analysis.AnalyzerFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.Test;

/** Short English and French statements, one behaviour each (own texts written for these tests). */
class StatementFixturesTest {

    private static StatementAnalyzed analyse(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, null));
    }

    @Test
    void ownAttributionWithHedge() {
        StatementAnalyzed r = analyse("The United Kingdom assesses that APT28 is almost certainly part of the GRU. "
                + "The group targeted our elections.", "Foreign, Commonwealth & Development Office");
        assertEquals("GB", r.speaker().code());
        assertEquals(Set.of("GB>apt28>RU:OWN"), Outcome.attributions(r));
        assertEquals(Confidence.ALMOST_CERTAIN, r.attributions().get(0).confidence());
    }

    @Test
    void reportedAttributionOfAnotherState() {
        StatementAnalyzed r = analyse("Canada welcomes the statement of the Netherlands. The Netherlands publicly "
                + "attributed the intrusion to Sandworm, a unit of Russian military intelligence.", "Global Affairs Canada");
        assertEquals("CA", r.speaker().code());
        assertEquals(Set.of("NL>sandworm-team>RU:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("NL>sandworm-team:ATTRIBUTION"), Outcome.namings(r));
    }

    @Test
    void negationMeansNoAttribution() {
        StatementAnalyzed r = analyse("Nous n'attribuons pas à ce stade l'attaque au groupe APT31 ni à la Chine. "
                + "L'enquête se poursuit.", "Ministère de l'Europe et des Affaires étrangères");
        assertEquals("FR", r.speaker().code());
        assertEquals(Set.of("apt31"), Outcome.groups(r));
        assertTrue(r.attributions().isEmpty());
        assertTrue(r.namings().isEmpty());
    }

    @Test
    void vendorVoiceNamesNoOneOfficially() {
        StatementAnalyzed r = analyse("Our researchers have identified a new campaign by Volt Typhoon, an actor we "
                + "assess to be sponsored by China, against telecom operators.", "Example Security Blog");
        assertNull(r.speaker().code());
        assertEquals(ActorKind.NON_STATE, r.speaker().kind());
        assertEquals(Set.of("volt-typhoon"), Outcome.groups(r));
        assertTrue(r.namings().isEmpty());
    }

    @Test
    void tickBorneDiseaseIsNoGroup() {
        StatementAnalyzed r = analyse("Tick-borne encephalitis cases rose this summer. Health authorities advise "
                + "hikers to check for a tick after walks; the Tick season lasts until October.", "Health Agency");
        assertTrue(r.groups().isEmpty());
        assertTrue(r.namings().isEmpty());
    }

    @Test
    void lazarusOfBethanyIsNoGroup() {
        StatementAnalyzed r = analyse("The sermon retold how Jesus raised Lazarus from the dead in Bethany.", null);
        assertTrue(r.groups().isEmpty());
    }

    @Test
    void chinaDeniesAnAptNaming() {
        StatementAnalyzed r = analyse("La Chine rejette les accusations concernant APT40, qu'elle juge sans fondement. "
                + "Pékin appelle au dialogue avec les États-Unis.", "Ambassade de Chine en France");
        assertEquals("CN", r.speaker().code());
        assertEquals(Set.of("CN>apt40"), Outcome.denials(r));
        assertEquals(Set.of("CN>apt40:DENIAL"), Outcome.namings(r));
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void condemnationWithoutGroupOrTarget() {
        StatementAnalyzed r = analyse("The government strongly condemns the ransomware attack on the city hospital. "
                + "The perpetrators are unknown.", "Ministry of the Interior of Estonia");
        assertEquals("EE", r.speaker().code());
        assertEquals(Set.of("EE>null"), Outcome.condemnations(r));
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void stateAttributionWithoutGroupRaisesNoNaming() {
        StatementAnalyzed r = analyse("The Government of Australia has determined that the Russian military was "
                + "responsible for the destructive attack.", "Department of Foreign Affairs and Trade");
        assertEquals("AU", r.speaker().code());
        assertEquals(Set.of("AU>null>RU:OWN"), Outcome.attributions(r));
        assertTrue(r.namings().isEmpty());
    }

    @Test
    void newlyNamedGroupIsUnknown() {
        StatementAnalyzed r = analyse("Le service néerlandais a révélé un groupe de pirates baptisé Velvet Otter, "
                + "qui agit très probablement pour le compte de l'État russe.", "Ministère néerlandais de la Défense");
        assertEquals(Set.of("?Velvet Otter"), Outcome.groups(r));
        assertTrue(r.groups().stream().noneMatch(g -> g.known()));
        assertEquals(Set.of("NL>null>RU:OWN"), Outcome.attributions(r).stream()
                .map(s -> s.replace("Velvet Otter", "null")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void jointStatementCosignersAreReported() {
        StatementAnalyzed r = analyse("Joint statement by Japan, the United States and the Republic of Korea. "
                + "North Korean cyber actors, including the Lazarus Group, stole crypto-assets on behalf of the "
                + "North Korean regime.", "Ministry of Foreign Affairs of Japan");
        assertEquals(Set.of("JP>lazarus-group>KP:OWN", "US>lazarus-group>KP:REPORTED", "KR>lazarus-group>KP:REPORTED"),
                Outcome.attributions(r));
    }

    @Test
    void versionCarriesTheDataFingerprint() {
        assertTrue(ANALYZER.version().matches("demarche-analyzer/\\d+\\.\\d+\\.\\d+\\+[0-9a-f]{12}"));
    }
}
