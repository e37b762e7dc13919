package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Who condemns: the subject shared by coordinated verbs, not a state naming an agency or an object in between. */
class CondemnerTest {

    @Test
    void aCoordinatedCondemnationVerbKeepsTheSubjectOfTheFirstVerb() {
        StatementAnalyzed r = analyse("Londres apoyó la evaluación de Varsovia y condenó el sabotaje ruso contra la red "
                + "ferroviaria.", "Europa Press", "es");
        assertEquals(Set.of("GB>RU"), Outcome.condemnations(r));
    }

    @Test
    void aStateGluedToItsAgencyDoesNotCondemn() {
        StatementAnalyzed r = analyse("英政府、ロシア連邦保安庁によるサイバー攻撃を強く非難", "共同通信", "ja");
        assertEquals(Set.of("GB>RU"), Outcome.condemnations(r));
    }
}
