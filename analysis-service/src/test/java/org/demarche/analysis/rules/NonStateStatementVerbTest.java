package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Researchers with a long complement before their statement verb ("Des chercheurs d'un laboratoire indépendant ont
 * affirmé que …", "analysts at a private firm wrote that …") make the clause theirs: a link they draw to a group is no
 * attribution of the state that published the text.
 */
class NonStateStatementVerbTest {

    @Test
    void researchersWithAComplementSpeakForTheirClause() {
        StatementAnalyzed fr = analyse("Le ministère n'a pas commenté. Des chercheurs d'un laboratoire indépendant ont "
                + "affirmé lundi que le logiciel espion découvert sur les serveurs partageait une grande partie de son code "
                + "avec des outils liés à Turla.", "Ministère de l'Europe et des Affaires étrangères", "fr");
        assertEquals(Set.of(), Outcome.attributions(fr));

        StatementAnalyzed de = analyse("Das Ministerium äußerte sich nicht. Forscher eines unabhängigen Labors in Graz "
                + "erklärten am Montag, die Schadsoftware teile große Teile ihres Codes mit Werkzeugen, die der Gruppe "
                + "Turla zugeordnet werden.", "Bundesministerium für europäische und internationale Angelegenheiten", "de");
        assertEquals(Set.of(), Outcome.attributions(de));
    }

    @Test
    void analystsWhoWroteAboutAGroupDoNotMakeTheSpeakerAttribute() {
        StatementAnalyzed en = analyse("The Ministry of Foreign Affairs of Latvia said the inquiry was continuing. "
                + "Analysts at a private threat intelligence firm in Riga wrote that the phishing kit resembled "
                + "tools previously associated with APT29.", "Ministry of Foreign Affairs of Latvia", "en");
        assertEquals(Set.of(), Outcome.attributions(en));
    }

    @Test
    void aStateStatementVerbAfterTheResearchersStillSpeaks() {
        StatementAnalyzed en = analyse("After analysts at a private firm in Riga examined the servers, the Latvian "
                + "government said the phishing campaign was carried out by APT29 on behalf of Russia's foreign intelligence service.",
                "Ministry of Foreign Affairs of Latvia", "en");
        assertEquals(Set.of("LV>apt29>RU:OWN"), Outcome.attributions(en));
    }
}
