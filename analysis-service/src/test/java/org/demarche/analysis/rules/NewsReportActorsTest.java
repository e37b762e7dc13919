package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Actors and groups of wire reports: a dateline capital is no group, a body owned by the state named after it ("of
 * Japan", "de Japón") is that state's and one item of a list, allies who reached the same conclusion repeat the
 * attribution, "it is a group that …" refers back to the group, and the speaker's denial of a group-less accusation
 * that the same accuser later ties to a group names that group.
 */
class NewsReportActorsTest {

    @Test
    void aDatelineCapitalIsNotTheGroupNamedAfterIt() {
        StatementAnalyzed en = analyse("BEIJING (Reuters) - China denied on Wednesday that a hacking group known as "
                + "APT41 works for its government, calling the claims groundless.", "Reuters", "en");
        assertEquals(Set.of("apt41"), Outcome.groups(en));
    }

    @Test
    void aBodyOwnedByTheStateAfterItBelongsToThatStateAndItsList() {
        StatementAnalyzed es = analyse("La Policía Federal de Australia y el FBI declararon que el ataque fue obra "
                + "del grupo APT40, al servicio de Pekín.", "Reuters", "es");
        assertEquals(Set.of("AU>apt40>CN:OWN", "US>apt40>CN:REPORTED"), Outcome.attributions(es));
    }

    @Test
    void alliesWhoCameToTheSameConclusionRepeatTheGroupItIsAbout() {
        StatementAnalyzed nl = analyse("Nederland bevestigt dat ministeries doelwit waren van de groep APT29. "
                + "Volgens het kabinet gaat het om een groep die in opdracht van de Russische staat werkt. Eerder kwamen "
                + "Duitsland en Frankrijk tot dezelfde conclusie.", "NRC", "nl");
        assertTrue(Outcome.attributions(nl).containsAll(Set.of("NL>apt29>RU:OWN", "DE>apt29>RU:REPORTED",
                "FR>apt29>RU:REPORTED")), Outcome.attributions(nl).toString());
    }

    @Test
    void aDenialOfAnAccusationLaterTiedToAGroupNamesThatGroup() {
        StatementAnalyzed es = analyse("Moscú rechaza las acusaciones de París\n\nRusia rechazó las acusaciones de "
                + "Francia, que atribuyen a piratas rusos el sabotaje de la red ferroviaria. El Ministerio de Exteriores "
                + "francés afirmó que el sabotaje fue obra del grupo Sandworm, al servicio del GRU. El Kremlin calificó "
                + "las acusaciones de infundadas.", "El Mundo", "es");
        assertEquals("RU", es.speaker().code());
        assertEquals(Set.of("RU>sandworm-team"), Outcome.denials(es));
    }
}
