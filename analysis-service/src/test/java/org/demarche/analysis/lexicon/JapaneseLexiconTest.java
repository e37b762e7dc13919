package org.demarche.analysis.lexicon;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.demarche.analysis.AnalyzerFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.Test;

/** Short Japanese statements written for these tests, one behaviour of ja.json each. */
class JapaneseLexiconTest {

    private static StatementAnalyzed analyse(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, null));
    }

    @Test
    void hedgedOwnAttributionWithTheSponsorAsObject() {
        StatementAnalyzed r = analyse("警察庁は、「MirrorFace」と呼ばれるサイバー攻撃グループが研究機関を狙っていると評価している。"
                + "警察庁は、同グループの活動に中国の国家安全部が関与している可能性が高いと判断した。", "警察庁");
        assertEquals("ja", r.language());
        assertEquals("JP", r.speaker().code());
        assertEquals(Set.of("JP>mirrorface>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void topicMarkedStatesAreTheVoicesOfAReportedAttribution() {
        StatementAnalyzed r = analyse("英国及び米国は、中国政府を背景とするサイバー攻撃グループ「APT31」が議会関係者を標的にしたとする発表を行った。",
                "外務省");
        assertEquals(Set.of("GB>apt31>CN:REPORTED", "US>apt31>CN:REPORTED"), Outcome.attributions(r));
        assertEquals(Confidence.ASSERTED, r.attributions().get(0).confidence());
    }

    @Test
    void condemnationTargetsTheStateBehindTheActivity() {
        StatementAnalyzed r = analyse("日本政府は、北朝鮮による悪意あるサイバー活動を強く非難する。", "外務省");
        assertEquals(Set.of("JP>KP"), Outcome.condemnations(r));
        assertEquals(Set.of("JP>null>KP:OWN"), Outcome.attributions(r));
    }

    @Test
    void denialByTheAccusedStateNamesTheGroup() {
        StatementAnalyzed r = analyse("中国は、APT10に関する日本側の主張は事実無根であると反論した。", "中華人民共和国駐日本国大使館");
        assertEquals("CN", r.speaker().code());
        assertEquals(Set.of("CN>apt10"), Outcome.denials(r));
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void negatedAndHypotheticalClaimsAreNotAttributions() {
        StatementAnalyzed r = analyse("官房長官は、APT10が関与したと断定した事実はございませんと述べた。"
                + "仮に中国の関与が明らかになった場合には、適切に対応する。", "首相官邸");
        assertEquals(Set.of("apt10"), Outcome.groups(r));
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void tickNoticeIsNoGroup() {
        StatementAnalyzed r = analyse("マダニに咬まれないよう、草むらでは長袖を着用しましょう。", "厚生労働省");
        assertTrue(r.groups().isEmpty());
        assertTrue(r.namings().isEmpty());
    }
}
