package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Who is held responsible and who is condemned, on short statements written for these tests. */
class SponsorAndTargetTest {

    @Test
    void anAgencyAfterAPlacePrepositionIsStillTheSponsor() {
        StatementAnalyzed r = analyse("Le ministère des Armées impute au renseignement militaire russe l'intrusion du groupe "
                + "APT29 dans ses réseaux.", "Ministère des Armées", "fr");
        assertEquals(Set.of("FR>apt29>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void anAgencyBetweenTheSubjectAndALateVerbIsTheSponsor() {
        StatementAnalyzed r = analyse("Die Niederlande haben gestern eine Spionagekampagne dem russischen Militärgeheimdienst GRU "
                + "zugeschrieben und dabei die Gruppe Sandworm genannt.", "Auswärtiges Amt", "de");
        assertEquals(Set.of("NL>sandworm-team>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aHelpingOfficialBodyIsNotTheSponsor() {
        StatementAnalyzed r = analyse("The National Police Agency concluded, with support from the FBI, that North Korea was "
                + "behind the theft of crypto assets.", "Ministry of Foreign Affairs of Japan", "en");
        assertEquals(Set.of("JP>null>KP:OWN"), Outcome.attributions(r));
    }

    @Test
    void aGrouplessAttributionMarkedSeparateIsAnotherActivity() {
        StatementAnalyzed r = analyse("UK says China behind hacks. The Foreign Secretary said a China state-sponsored actor was "
                + "behind a breach of the land registry. Separately, the NCSC assessed that the group APT41, working for "
                + "China's Ministry of State Security, targeted health agencies.",
                "Foreign, Commonwealth & Development Office", "en");
        assertEquals(Set.of("GB>null>CN:OWN", "GB>apt41>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void aGrouplessAttributionBeforeTheGroupIsNamedIsTheSameOne() {
        StatementAnalyzed r = analyse("UK says China behind hacks. The Foreign Secretary said a China state-sponsored actor was "
                + "behind a breach of the land registry. The NCSC assessed that the group APT41, working for China's "
                + "Ministry of State Security, carried out the breach.", "Foreign, Commonwealth & Development Office", "en");
        assertEquals(Set.of("GB>apt41>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void condemningAStatesAttackHoldsItResponsible() {
        StatementAnalyzed r = analyse("La Casa Bianca ha condannato con fermezza l'attacco iraniano contro l'Albania, alleata "
                + "della NATO.", "Rai News", "it");
        assertEquals(Set.of("US>IR"), Outcome.condemnations(r));
        assertEquals(Set.of("US>null>IR:OWN"), Outcome.attributions(r));
    }

    @Test
    void condemningAGroupTargetsTheSponsorALaterSentenceGivesIt() {
        StatementAnalyzed r = analyse("We condemn the intrusion campaign run by Sandworm against Ukraine. Sandworm is operated by "
                + "Russia's military intelligence service.", "North Atlantic Treaty Organization", "en");
        assertEquals(Set.of("NATO>RU"), Outcome.condemnations(r));
    }

    @Test
    void condemningAnAgencysUseOfAGroupAttributesTheGroup() {
        StatementAnalyzed r = analyse("España condena el uso por parte del servicio de inteligencia militar ruso del grupo APT28 "
                + "contra sus ministerios.", "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "es");
        assertEquals(Set.of("ES>apt28>RU:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("ES>RU"), Outcome.condemnations(r));
    }

    @Test
    void aVendorsLabelForAUnitIsNotTheStatesNaming() {
        StatementAnalyzed r = analyse("美国司法部宣布起诉五名军官，称其隶属于中国人民解放军61398部队。美国一家网络安全公司曾把该部队与APT1联系起来。",
                "新华社", "zh");
        assertTrue(r.namings().isEmpty(), r.namings().toString());
        assertEquals(Set.of("US>null>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aGroupNamedRightAfterAGrouplessAttributionTakesItsSponsor() {
        StatementAnalyzed r = analyse("Australia attributes the intrusion into its weather bureau to China's Ministry of State "
                + "Security. The Australian Signals Directorate assessed that APT40 was behind the intrusion.",
                "Australian Signals Directorate", "en");
        assertEquals(Set.of("AU>apt40>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void aLaterCondemnationOfTheSameActsAddsNoAttribution() {
        StatementAnalyzed r = analyse("The Netherlands attributes the cyber campaign against its ports to the hacking group "
                + "Sandworm, which is run by Russia's military intelligence. The Netherlands condemns these Russian "
                + "operations against Dutch ports.", "Government of the Netherlands", "en");
        assertEquals(Set.of("NL>sandworm-team>RU:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("NL>RU"), Outcome.condemnations(r));
    }

    @Test
    void aLaterGrouplessAttributionIsAnotherActivity() {
        StatementAnalyzed r = analyse("The Netherlands attributes the cyber campaign against its ports to the hacking group "
                + "Sandworm, which is run by Russia's military intelligence. The government also said Russian "
                + "intelligence officers were behind an attempt to break into a chemical weapons watchdog.",
                "Government of the Netherlands", "en");
        assertEquals(Set.of("NL>null>RU:OWN", "NL>sandworm-team>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void coSignersOfAJointAdvisoryKeepOnlyTheGroupedAttribution() {
        StatementAnalyzed r = analyse("Латвия совместно с Литвой и Польшей установила причастность российской военной разведки "
                + "к атакам на энергосети. Хакеры этого подразделения известны как группировка Sandworm.",
                "Министерство иностранных дел Латвии", "ru");
        assertEquals(Set.of("LV>sandworm-team>RU:OWN", "LT>sandworm-team>RU:REPORTED", "PL>sandworm-team>RU:REPORTED"),
                Outcome.attributions(r));
    }

    @Test
    void aGroupsLinkToAStateLeftOpenLeavesItWithoutSponsor() {
        StatementAnalyzed r = analyse("Die Polizei führt die Angriffe auf Hochschulen auf die Gruppe Xiaoqiying zurück, die aus "
                + "China stammen soll. Ob die Gruppe mit der chinesischen Regierung verbunden ist, sei nicht erwiesen.",
                "Bundeskriminalamt", "de");
        assertTrue(Outcome.attributions(r).stream().allMatch(a -> a.endsWith(">null:OWN")), Outcome.attributions(r).toString());
    }

    @Test
    void responsibleBehaviourOfStatesIsNoAttribution() {
        StatementAnalyzed r = analyse("Ces actes sont contraires aux normes de comportement responsable des États que la Chine "
                + "a approuvées.", "Ministère de l'Europe et des Affaires étrangères", "fr");
        assertTrue(r.attributions().isEmpty(), Outcome.attributions(r).toString());
    }

    @Test
    void aGroupActingOnTheOrdersOfAMinistry() {
        StatementAnalyzed r = analyse("Italia atribuye al grupo APT27 una campaña contra sus universidades. Este grupo actúa por "
                + "encargo del Ministerio de Seguridad del Estado de China.",
                "Ministero degli Affari Esteri e della Cooperazione Internazionale", "es");
        assertEquals(Set.of("IT>apt27>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void anAdditionalFindingIsAnotherActivity() {
        StatementAnalyzed r = analyse("Statement on malicious cyber activity\n\nCanada says China's Ministry of State Security carried out intrusions into a research "
                + "council. The Communications Security Establishment also concluded that the group APT41, run by the same "
                + "ministry, was behind the theft of vaccine data.", "Global Affairs Canada", "en");
        assertEquals(Set.of("CA>null>CN:OWN", "CA>apt41>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void aCondemnationInGermanReportedSpeechTargetsTheAccusedState() {
        StatementAnalyzed r = analyse("Die tschechische Regierung macht China für den Angriff verantwortlich. Tschechien verurteile "
                + "den Angriff aufs Schärfste, hieß es.", "Der Spiegel", "de");
        assertEquals(Set.of("CZ>CN"), Outcome.condemnations(r));
    }
}
