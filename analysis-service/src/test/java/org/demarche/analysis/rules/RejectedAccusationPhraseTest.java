package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * "我们敦促英方停止对中国的无端指责": the accusation inside the phrase that rejects it is the accusation already reported,
 * not a second, group-less one.
 */
class RejectedAccusationPhraseTest {

    @Test
    void theAccusationAStopDemandRejectsIsNoNewAttribution() {
        StatementAnalyzed zh = analyse("问：英国政府指责与中国有关联的黑客组织APT31攻击了英国选举委员会。中方有何回应？\n\n"
                + "答：我们敦促英方停止对中国的无端指责和抹黑。", "中华人民共和国外交部", "zh");
        assertEquals(Set.of("GB>apt31>CN:REPORTED"), Outcome.attributions(zh));
        assertEquals(Set.of("CN>apt31"), Outcome.denials(zh));
    }
}
