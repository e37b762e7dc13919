package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * A rebuttal that calls the accuser "the biggest hacker empire" ("美国才是…最大的黑客帝国", "il più grande impero di
 * hacker") holds the accuser responsible for cyberattacks in general: a group-less attribution, never one of the group
 * the rebutting state is itself accused of running.
 */
class CounterAccusationTest {

    @Test
    void theAccuserCalledTheBiggestHackerEmpireIsAGrouplessCounterAccusation() {
        StatementAnalyzed zh = analyse("问：美国司法部指控与中国政府有关联的黑客组织“伏特台风”入侵美国电网。中方有何回应？\n\n"
                + "答：我们坚决反对美方的无端指责。美国才是世界上最大的黑客帝国。", "中华人民共和国外交部", "zh");
        assertEquals(Set.of("US>volt-typhoon>CN:REPORTED", "CN>null>US:OWN"), Outcome.attributions(zh));
        assertEquals(Set.of("CN>volt-typhoon"), Outcome.denials(zh));

        StatementAnalyzed it = analyse("La Cina respinge le accuse degli Stati Uniti, che attribuiscono a Pechino il "
                + "gruppo APT41. Il portavoce ha aggiunto che gli Stati Uniti sono il più grande impero di hacker del "
                + "pianeta.", "Ambasciata della Repubblica Popolare Cinese in Italia", "it");
        assertEquals(Set.of("US>apt41>CN:REPORTED", "CN>null>US:OWN"), Outcome.attributions(it));
    }

    @Test
    void aCounterAccusationInTheSentenceNamingTheGroupDoesNotTakeTheGroup() {
        StatementAnalyzed en = analyse("China rejected accusations by the United States that Salt Typhoon works for "
                + "the Chinese government. The spokesperson said Salt Typhoon is a criminal gang and that the United States is the "
                + "biggest hacking empire on earth.", "Ministry of Foreign Affairs of the People's Republic of China", "en");
        assertEquals(Set.of("US>salt-typhoon>CN:REPORTED", "CN>null>US:OWN"), Outcome.attributions(en));
        assertEquals(Set.of("CN>salt-typhoon"), Outcome.denials(en));
    }
}
