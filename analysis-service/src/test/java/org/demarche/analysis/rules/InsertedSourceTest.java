package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * "De groep werkt volgens de diensten voor de Chinese staat", "Le groupe travaille, selon les services, pour le
 * ministère …": a source inserted between "works" and "for" leaves the link to the sponsor intact.
 */
class InsertedSourceTest {

    @Test
    void aSourceInsideWorksForStillLinksTheGroupToItsSponsor() {
        StatementAnalyzed nl = analyse("De groep Volt Typhoon werkt volgens het kabinet voor de Chinese overheid.",
                "Ministerie van Buitenlandse Zaken", "nl");
        assertEquals(Set.of("NL>volt-typhoon>CN:OWN"), Outcome.attributions(nl));

        StatementAnalyzed fr = analyse("Le groupe APT31 travaille, selon les services, pour le ministère chinois de la "
                + "Sécurité d'État.", "Ministère de l'Europe et des Affaires étrangères", "fr");
        assertEquals(Set.of("FR>apt31>CN:OWN"), Outcome.attributions(fr));
    }

    @Test
    void workingWithOthersForAPriceIsNoLink() {
        StatementAnalyzed nl = analyse("De hackersgroep werkt samen met criminelen en verkoopt toegang voor de "
                + "hoogste prijs.", "NOS", "nl");
        assertEquals(Set.of(), Outcome.attributions(nl));
    }
}
