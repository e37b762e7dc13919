package org.demarche.analysis.actor;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Reaches are measured in Latin-letter widths, so unspaced scripts reach fewer characters. */
class ScriptReachTest {

    @Test
    void aHanCharacterIsWiderThanALatinLetter() {
        assertTrue(ScriptReach.width("政府机构", 0, 4) > ScriptReach.width("gove", 0, 4));
        assertEquals(5, ScriptReach.width("a, b c", 1, 6));
    }

    @Test
    void withinAgreesWithTheFullWidthAtAndAroundTheReach() {
        String mixed = "the 中国 government said 政府 that x";
        for (int from = 0; from < mixed.length(); from++) {
            for (int to = from; to <= mixed.length(); to++) {
                for (int reach = 0; reach <= 12; reach++) {
                    assertEquals(ScriptReach.width(mixed, from, to) <= reach, ScriptReach.within(mixed, from, to, reach),
                            from + ".." + to + " reach " + reach);
                }
            }
        }
        assertFalse(ScriptReach.within("中国政府", 0, 4, 11));
        assertTrue(ScriptReach.within("中国政府", 0, 4, 12));
    }

    @Test
    void aCompanyTheChineseStatementIsAboutDoesNotSilenceItsSigners() {
        StatementAnalyzed r = analyse("澳大利亚、新西兰也针对微软云端邮件系统遭入侵一事发布声明，指责俄罗斯。", "新华社", "zh");
        assertTrue(Outcome.attributions(r).stream().anyMatch(a -> a.startsWith("AU>") && a.contains(">RU")),
                Outcome.attributions(r).toString());
    }

    @Test
    void citizensFarFromAGovernmentNounAreNoGovernmentVoice() {
        StatementAnalyzed r = analyse("日本警察庁によると、北朝鮮国籍の男性二人が不正アクセスに関与したとされ、事件は複数の企業と政府機関に被害を与えた。",
                "共同通信", "ja");
        assertTrue(Outcome.attributions(r).stream().noneMatch(a -> a.startsWith("KP>")), Outcome.attributions(r).toString());
    }
}
