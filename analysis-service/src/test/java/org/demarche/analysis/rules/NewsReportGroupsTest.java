package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Groups in news reports: a quoted new name keeps its lower-case words and script changes, a separate earlier
 * campaign of a group leaves the current group-less attribution standing, the country a group is attacking is its
 * victim, arresting a group's members holds it responsible, and the gazetteer sponsor of a group held responsible
 * without a sponsor answers when it rejects any link.
 */
class NewsReportGroupsTest {

    @Test
    void aQuotedNewNameIsTheWholeQuote() {
        StatementAnalyzed ru = analyse("МИД России заявил, что за атаками стоит так называемая «Cyber-легион Киева», "
                + "которую курирует СБУ.", "МИД России", "ru");
        assertEquals(Set.of("?Cyber-легион Киева"), Outcome.groups(ru));
    }

    @Test
    void aSeparateEarlierCampaignOfAGroupIsAnotherActivity() {
        StatementAnalyzed en = analyse("Lithuania blames Moscow for website defacements\n\nLithuania said the defacement of government websites was the work of Russian "
                + "intelligence. In a separate case last year, the government linked attacks on its energy grid to "
                + "Sandworm, a unit of Russia's GRU.", "Ministry of Foreign Affairs of Lithuania", "en");
        assertTrue(Outcome.attributions(en).containsAll(Set.of("LT>null>RU:OWN", "LT>sandworm-team>RU:OWN")),
                Outcome.attributions(en).toString());
    }

    @Test
    void theCountryAGroupIsAttackingIsItsVictim() {
        StatementAnalyzed zh = analyse("内政部长说，名为UNC3886的组织正在攻击我国的电力网络，政府没有点名其背后的国家。",
                "新加坡内政部", "zh");
        assertEquals(Set.of("SG>unc3886>null:OWN"), Outcome.attributions(zh));
    }

    @Test
    void arrestingMembersOfAGroupHoldsItResponsible() {
        StatementAnalyzed en = analyse("Police arrested two alleged members of NoName057(16) in Madrid on Friday.",
                "Ministry of the Interior of Spain", "en");
        assertEquals(Set.of("ES>noname057-16>null:OWN"), Outcome.attributions(en));

        StatementAnalyzed it = analyse("La Polizia di Stato ha arrestato tre presunti membri del collettivo "
                + "NoName057(16) a Torino.", "ANSA", "it");
        assertEquals("IT", it.speaker().code());
        assertEquals(Set.of("IT>noname057-16>null:OWN"), Outcome.attributions(it));
    }

    @Test
    void theGazetteerSponsorRejectingAnyLinkDeniesForTheGroup() {
        StatementAnalyzed en = analyse("Singapore's minister said a group called UNC3886 is behind attacks on the "
                + "country's critical infrastructure. The Chinese embassy rejected any groundless attempt to "
                + "link China to cyberattacks.", "The Straits Times", "en");
        assertEquals(Set.of("CN>null"), Outcome.denials(en));
    }
}
