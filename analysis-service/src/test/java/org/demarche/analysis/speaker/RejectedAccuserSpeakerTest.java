package org.demarche.analysis.speaker;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * "中方驳斥菲律宾等国有关APT41的指责": the accuser between a denial verb and the accusation noun it rejects does not speak
 * for the text; the state that rejects does.
 */
class RejectedAccuserSpeakerTest {

    @Test
    void theAccuserOfARejectedAccusationInTheHeadlineIsNotTheSpeaker() {
        StatementAnalyzed zh = analyse("中方驳斥菲律宾等国有关APT41的指责\n\n外交部发言人林剑10日表示，菲律宾等国发布所谓调查报告，"
                + "将APT41与中国政府挂钩，是毫无根据的抹黑，中方坚决反对。", "人民日报", "zh");
        assertEquals("CN", zh.speaker().code());
        assertEquals(Set.of("CN>apt41"), Outcome.denials(zh));
    }
}
