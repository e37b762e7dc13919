package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * A group said to be part of a state's agency ("maakt … deel uit van", "fait partie de", "forma parte de", "fa parte
 * di", "gehört zum"), a mode of operation carried out by one ("mis en œuvre par"), and the involvement a state
 * establishes ("a établi l'implication de"): the group's sponsor is the agency's state, and the speaker attributes.
 */
class PartOfAndCarriedOutByTest {

    @Test
    void aGroupPartOfAnAgencyIsSponsoredByItsState() {
        StatementAnalyzed nl = analyse("Volgens de AIVD maakt de groep APT29 deel uit van de Russische "
                + "buitenlandse inlichtingendienst SVR. Nederland veroordeelt deze spionage.",
                "Ministerie van Buitenlandse Zaken", "nl");
        assertEquals(Set.of("NL>apt29>RU:OWN"), Outcome.attributions(nl));

        StatementAnalyzed es = analyse("El Gobierno de España considera que el grupo APT28 forma parte del servicio "
                + "de inteligencia militar ruso (GRU).", "Ministerio de Asuntos Exteriores", "es");
        assertEquals(Set.of("ES>apt28>RU:OWN"), Outcome.attributions(es));

        StatementAnalyzed it = analyse("Secondo il governo italiano, il gruppo APT28 fa parte dell'intelligence "
                + "militare russa.", "Ministero degli Affari Esteri", "it");
        assertEquals(Set.of("IT>apt28>RU:OWN"), Outcome.attributions(it));
    }

    @Test
    void aModeOfOperationCarriedOutByAnAgencyIsItsStates() {
        StatementAnalyzed fr = analyse("La France a établi l'implication du groupe APT29 dans la cyberattaque contre "
                + "un opérateur d'énergie. Ce groupe est mis en œuvre par le service de renseignement extérieur russe.",
                "Ministère de l'Europe et des Affaires étrangères", "fr");
        assertEquals(Set.of("FR>apt29>RU:OWN"), Outcome.attributions(fr));
    }

    @Test
    void infrastructureOnceLinkedToAnotherGroupIsNoAttributionOfThatGroup() {
        StatementAnalyzed en = analyse("Australia attributes the intrusions to APT40, a group working for China's "
                + "Ministry of State Security. The intruders relied on command-and-control infrastructure previously associated "
                + "with APT41.", "Department of Foreign Affairs and Trade", "en");
        assertEquals(Set.of("AU>apt40>CN:OWN"), Outcome.attributions(en));

        StatementAnalyzed es = analyse("España atribuye el ataque al grupo APT28, que actúa por cuenta de Rusia. "
                + "Los atacantes usaron infraestructura previamente vinculada a APT29.",
                "Ministerio de Asuntos Exteriores", "es");
        assertEquals(Set.of("ES>apt28>RU:OWN"), Outcome.attributions(es));
    }
}
