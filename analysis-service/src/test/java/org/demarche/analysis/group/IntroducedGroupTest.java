package org.demarche.analysis.group;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Groups a text names itself, also in scripts that write the name before the introducing words. */
class IntroducedGroupTest {

    @Test
    void japaneseQuotedNameBeforeItsIntroduction() {
        StatementAnalyzed r = analyse("政府は、一連の攻撃が「Paper Crane」として知られるサイバー攻撃グループによるものであると評価した。"
                + "同グループは北朝鮮の偵察総局の下で活動している。", "外務省", "ja");
        assertEquals(Set.of("?Paper Crane"), Outcome.groups(r));
        assertEquals(Set.of("JP>null>KP:OWN"), Outcome.attributions(r));
        assertEquals("Paper Crane", r.attributions().get(0).group());
    }

    @Test
    void aLaterMentionOfAnIntroducedNameIsThatGroup() {
        StatementAnalyzed r = analyse("De diensten noemen de nieuwe hackersgroep Grey Heron. Volgens de AIVD handelt Grey Heron "
                + "in opdracht van de Russische militaire inlichtingendienst GRU.", "AIVD", "nl");
        assertEquals(Set.of("NL>null>RU:OWN"), Outcome.attributions(r));
        assertEquals("Grey Heron", r.attributions().get(0).group());
    }

    @Test
    void koreanNameInParenthesesBeforeItsIntroduction() {
        StatementAnalyzed r = analyse("경찰청은 이번 공격이 레드폭스(RedFox)로 알려진 해커조직의 소행으로 확인됐다고 밝혔다.", "경찰청", "ko");
        assertEquals(Set.of("?RedFox"), Outcome.groups(r));
    }

    @Test
    void aGenericLabelGluedToTheGroupNounIsNoName() {
        StatementAnalyzed r = analyse("2024年には、北朝鮮のAPT攻撃グループが暗号資産交換業者を標的とした。", "外務省", "ja");
        assertTrue(r.groups().isEmpty(), r.groups().toString());
    }

    @Test
    void anAmbiguousNameGluedToAGroupNounCounts() {
        StatementAnalyzed r = analyse("Volgens het Openbaar Ministerie gaat het om leden van de Lazarus-groep.", "NOS", "nl");
        assertEquals(Set.of("lazarus-group"), Outcome.groups(r));
    }

    @Test
    void aChineseGroupTryingToBreakInIsAttributedWithoutSponsor() {
        StatementAnalyzed r = analyse("新加坡内政部表示，一个名为Silent Lynx的黑客组织近期试图入侵本地银行系统。", "新加坡内政部", "zh");
        assertEquals(Set.of("SG>yorotrooper>null:OWN"), Outcome.attributions(r));
    }

    @Test
    void russianImpersonalEmbassyVoiceDenies() {
        StatementAnalyzed r = analyse("Эстония возложила ответственность за атаку на российскую военную разведку. В российском "
                + "посольстве в Таллине обвинения назвали необоснованными.", "Министерство иностранных дел Эстонии", "ru");
        assertEquals(Set.of("RU>null"), Outcome.denials(r));
    }
}
