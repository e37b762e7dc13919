package org.demarche.analysis.lexicon;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.demarche.analysis.AnalyzerFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Short Chinese statements written for these tests, one behaviour of zh.json each. */
class ChineseLexiconTest {

    private static StatementAnalyzed analyse(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, null));
    }

    @Test
    void attributionToAnAgencyWithCondemnation() {
        StatementAnalyzed r = analyse("外交部发言人表示，美国国家安全局对中国高校实施了网络攻击，中方对此予以强烈谴责。", "中华人民共和国外交部");
        assertEquals("zh", r.language());
        assertEquals("CN", r.speaker().code());
        assertEquals(Set.of("CN>null>US:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("CN>US"), Outcome.condemnations(r));
    }

    @Test
    void groupDirectedByAForeignAgency() {
        StatementAnalyzed r = analyse("国家安全机关查明，APT-C-39黑客组织受美国中央情报局指使对我国机构实施网络攻击。", "中华人民共和国国家安全部");
        assertEquals(Set.of("CN>longhorn>US:OWN"), Outcome.attributions(r));
    }

    @Test
    void embassyDeniesTheLinkToAGroup() {
        StatementAnalyzed r = analyse("中国驻新加坡大使馆表示，有关UNC3886的指责毫无根据。", "联合早报");
        assertEquals(Set.of("CN>unc3886"), Outcome.denials(r));
    }

    @Test
    void hypotheticalAnswerIsNoAttribution() {
        StatementAnalyzed r = analyse("如果报道属实，中方对摩诃草（Patchwork）组织实施的网络攻击表示严重关切。", "中华人民共和国外交部");
        assertEquals(Set.of("patchwork"), Outcome.groups(r));
        assertTrue(r.attributions().isEmpty());
        assertTrue(r.condemnations().isEmpty());
    }

    @Test
    void tickNoticeIsNoGroup() {
        StatementAnalyzed r = analyse("进入草丛时应穿长袖衣裤，谨防蜱虫叮咬。", "国家疾病预防控制局");
        assertTrue(r.groups().isEmpty());
        assertTrue(r.namings().isEmpty());
    }
}
