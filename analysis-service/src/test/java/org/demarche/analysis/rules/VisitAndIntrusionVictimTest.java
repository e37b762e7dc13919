package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * A visited state is a place ("訪問先の", "在訪問…期間"); a state right before a Chinese body filed under CN owns it
 * ("德國外交部長", but not "中国驻菲律宾大使馆"); the state after an intrusion verb is a victim ("入侵加拿大政府网络");
 * "беспочвенными" rejects an accusation.
 */
class VisitAndIntrusionVictimTest {

    @Test
    void aVisitedStateDoesNotSpeakInJapanese() {
        StatementAnalyzed ja = analyse("英外相、ロシアを非難\n\nイギリスのラミー外相は訪問先のカナダで記者団に対し、ロシア軍参謀本部情報総局（GRU）"
                + "傘下のハッカー集団「APT28」が議会関係者のメールを攻撃したと述べ、「ロシアによるサイバー攻撃を強く非難する」と語った。",
                "時事通信", "ja");
        assertEquals("GB", ja.speaker().code());
        assertEquals(Set.of("GB>apt28>RU:OWN"), Outcome.attributions(ja));
    }

    @Test
    void aForeignMinisterInTraditionalChineseSpeaksForHisState() {
        StatementAnalyzed zh = analyse("英國外相：俄羅斯應為網攻負責\n\n英國外交大臣在訪問加拿大期間表示，俄羅斯軍事情報機構旗下的駭客組織APT28"
                + "入侵了國會議員的電子郵件帳戶，並強烈譴責俄羅斯的網路攻擊。", "中央社", "zh");
        assertEquals("GB", zh.speaker().code());
        assertEquals(Set.of("GB>apt28>RU:OWN"), Outcome.attributions(zh));
        assertEquals(Set.of("GB>RU"), Outcome.condemnations(zh));
    }

    @Test
    void theStateAfterAnIntrusionVerbIsTheVictimNotTheOneRejecting() {
        StatementAnalyzed zh = analyse("外交部：坚决反对澳方的无端指责\n\n外交部发言人毛宁11日表示，澳大利亚政府声称中国黑客组织APT40入侵澳大利亚"
                + "议会网络，这是毫无根据的政治操弄。中方对此坚决反对。", "新华社", "zh");
        assertEquals("CN", zh.speaker().code());
        assertEquals(Set.of("AU>apt40>CN:REPORTED"), Outcome.attributions(zh));
        assertEquals(Set.of("CN>apt40"), Outcome.denials(zh));
    }

    @Test
    void theSameServiceIsTheAgencyNamedBefore() {
        StatementAnalyzed nl = analyse("Kabinet wijst Rusland aan\n\nHet kabinet stelt vast dat de aanval op de haven is uitgevoerd "
                + "door de Russische militaire inlichtingendienst GRU. Litouwen maakte eerder bekend dat dezelfde dienst achter "
                + "een aanval op zijn spoorwegen zat.", "Rijksoverheid", "nl");
        assertEquals("NL", nl.speaker().code());
        assertEquals(Set.of("LT>null>RU:REPORTED", "NL>null>RU:OWN"), Outcome.attributions(nl));
    }

    @Test
    void aStatementVerbBetweenTwoActorsEndsTheList() {
        StatementAnalyzed zh = analyse("外交部：坚决反对澳方的无端指责\n\n外交部发言人11日表示，澳大利亚政府声称中国黑客组织APT40入侵"
                + "澳大利亚议会网络，这是毫无根据的政治操弄。中方对此坚决反对。", "新华社", "zh");
        assertEquals(Set.of("AU>apt40>CN:REPORTED"), Outcome.attributions(zh));
        assertEquals(Set.of("CN>apt40"), Outcome.denials(zh));
    }

    @Test
    void aSeatOpeningTheSentenceWithAStatementVerbSpeaks() {
        StatementAnalyzed ru = analyse("Комментарий МИД России\n\nВ Вашингтоне заявили, что российская военная разведка через "
                + "группировку APT28 атаковала американские избирательные органы. Отвергаем эти домыслы.", "МИД России", "ru");
        assertEquals("RU", ru.speaker().code());
        assertEquals(Set.of("US>apt28>RU:REPORTED"), Outcome.attributions(ru));
        assertEquals(Set.of("RU>apt28"), Outcome.denials(ru));
    }

    @Test
    void groundlessInRussianRejectsTheNamedAccusation() {
        StatementAnalyzed ru = analyse("МИД КНР отверг обвинения Австралии\n\nОфициальный представитель МИД КНР заявил, что обвинения "
                + "австралийского правительства в причастности китайской группировки APT40 к атакам на австралийский парламент "
                + "являются беспочвенными.", "ТАСС", "ru");
        assertEquals("CN", ru.speaker().code());
        assertEquals(Set.of("AU>apt40>CN:REPORTED"), Outcome.attributions(ru));
        assertEquals(Set.of("CN>apt40"), Outcome.denials(ru));
    }
}
