package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Official rebuttals that quote the accusation they reject: the accuser is REPORTED, the accused state denies, and
 * the group named in the quoted accusation is the one denied.
 */
class OfficialRebuttalTest {

    @Test
    void germanClauseFinalRejectionQuotesTheAccusationInTheSubjunctive() {
        StatementAnalyzed r = analyse("Die Botschaft weist die Behauptungen der britischen Regierung, chinesische "
                + "Staatsorgane stünden hinter den Angriffen der Hackergruppe APT31 auf Abgeordnete, kategorisch zurück.",
                "Botschaft der Volksrepublik China in der Bundesrepublik Deutschland", "de");
        assertEquals("CN", r.speaker().code());
        assertEquals(Set.of("GB>apt31>CN:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("CN>apt31"), Outcome.denials(r));
    }

    @Test
    void russianGappedResponsibilityVerbAndForeignMinistryInTheGenitive() {
        StatementAnalyzed r = analyse("Вчера МИД Нидерландов возложил на российскую военную разведку "
                + "ответственность за взлом сети ОЗХО хакерской группировкой Sandworm. Решительно отвергаем эти "
                + "надуманные обвинения.", "МИД России", "ru");
        assertEquals("RU", r.speaker().code());
        assertEquals(Set.of("NL>sandworm-team>RU:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("RU>sandworm-team"), Outcome.denials(r));
    }

    @Test
    void chineseVerbAfterConjunctionKeepsTheSubjectOfTheVerbBefore() {
        StatementAnalyzed r = analyse("问：澳大利亚政府称，与中国国家安全部有关联的黑客组织APT40曾对澳大利亚部门发动网络攻击，"
                + "还称中国国家支持的行为体入侵了澳大利亚议会的系统，并宣布对一家公司实施制裁。", "中华人民共和国外交部", "zh");
        assertEquals(Set.of("AU>apt40>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aDenialNamingItsAccuserAnswersThatAccuserOnly() {
        StatementAnalyzed r = analyse("问：美国政府称，中国国家支持的黑客组织APT41入侵了美国企业网络。日本政府也表示，"
                + "与中国有关联的黑客组织MirrorFace攻击了日本机构。中方对此有何回应？\n答：美方的说法是无端指责，"
                + "中方已向美方提出严正交涉。", "中华人民共和国外交部", "zh");
        assertEquals(Set.of("US>apt41>CN:REPORTED", "JP>mirrorface>CN:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("CN>apt41"), Outcome.denials(r));
    }

    private static final String TWO_ACCUSERS = "问：英国政府称，与中国国家安全部有关联的黑客组织APT31攻击了英国议员。新西兰政府也表示，"
            + "中国国家支持的APT40入侵了其议会网络。中方对此有何回应？\n答：";

    @Test
    void laterBareDenialsKeepAnsweringTheAccuserNamedFirst() {
        StatementAnalyzed r = analyse(TWO_ACCUSERS + "英方的说法毫无根据，中方已向英方提出严正交涉。中国是网络攻击的主要受害者。",
                "中华人民共和国外交部", "zh");
        assertEquals(Set.of("CN>apt31"), Outcome.denials(r));
    }

    @Test
    void anAccuserAndItsAlliesStandForEveryAccuser() {
        StatementAnalyzed r = analyse(TWO_ACCUSERS + "中方坚决反对英国及其盟友的无端指责。中国是网络攻击的主要受害者。",
                "中华人民共和国外交部", "zh");
        assertEquals(Set.of("CN>apt31", "CN>apt40"), Outcome.denials(r));
    }

    @Test
    void northKoreanSpokespersonRejectsLinkingTheGroupToTheRepublic() {
        StatementAnalyzed r = analyse("외무성 대변인은 일본과 남조선 당국이 이른바 '라자루스' 해킹조직을 우리 공화국과 연관시키며 "
                + "벌이는 소동은 전혀 근거 없는 날조라고 일축하였다.", "조선중앙통신", "ko");
        assertEquals("KP", r.speaker().code());
        assertEquals(Set.of("JP>lazarus-group>KP:REPORTED", "KR>lazarus-group>KP:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("KP>lazarus-group"), Outcome.denials(r));
    }
}
