package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Partners named as companions of the speaker, states joined in an attribution, accusation nouns naming their author,
 * Chinese "受…支持" and press-conference questions, and region names that hold a state's name.
 */
class CompanionAndAccusationNounTest {

    @Test
    void partnersWithAPossessiveAreCompanionsNeitherSponsorsNorVoices() {
        StatementAnalyzed de = analyse("Nach einer gemeinsamen Untersuchung mit unseren niederländischen Partnern ist "
                + "die Spionagekampagne der Gruppierung APT29 zuzurechnen. Die Bundesregierung macht den russischen "
                + "Auslandsgeheimdienst SVR für diese Kampagne verantwortlich.", "Auswärtiges Amt", "de");
        assertEquals(Set.of("DE>apt29>RU:OWN"), Outcome.attributions(de));

        StatementAnalyzed fr = analyse("La France attribue cette intrusion au mode opératoire APT28, lié au "
                + "renseignement militaire russe. La France se tient aux côtés de l'Estonie et poursuivra, avec nos "
                + "partenaires, son action résolue dans le cyberespace.",
                "Ministère de l'Europe et des Affaires étrangères", "fr");
        assertEquals(Set.of("FR>apt28>RU:OWN"), Outcome.attributions(fr));
    }

    @Test
    void statesJoinedInAnAttributionAttributeToo() {
        StatementAnalyzed r = analyse("New Zealand joins Australia and the United Kingdom in attributing the "
                + "compromise of parliamentary networks to APT40, a group sponsored by the Chinese Ministry of State "
                + "Security.", "New Zealand Government", "en");
        assertEquals(Set.of("NZ>apt40>CN:OWN", "AU>apt40>CN:REPORTED", "GB>apt40>CN:REPORTED"),
                Outcome.attributions(r));
    }

    @Test
    void theAuthorNamedAfterAnAccusationNounAccusesAndTheSubjectBeforeItRejects() {
        StatementAnalyzed r = analyse("Russland weist Vorwürfe zurück\n\nDie russische Botschaft in Den Haag hat "
                + "Anschuldigungen der niederländischen Regierung zurückgewiesen, wonach die Gruppe Sandworm im "
                + "Auftrag Moskaus Häfen ausgespäht habe.", "Die Zeit", "de");
        assertEquals("RU", r.speaker().code());
        assertEquals(Set.of("NL>sandworm-team>RU:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("RU>sandworm-team"), Outcome.denials(r));
    }

    @Test
    void aPressConferenceQuestionReportsTheAccusationItAsksAbout() {
        StatementAnalyzed r = analyse("外交部发言人答记者问\n\n问：据报道，美国国家安全局近日发布公告，称“盐台风”黑客组织受中国"
                + "政府支持，侵入了多家电信运营商。中方对此有何评论？\n\n答：美方的所谓指控毫无根据，中方坚决反对。",
                "中华人民共和国外交部", "zh");
        assertEquals(Set.of("US>salt-typhoon>CN:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("CN>salt-typhoon"), Outcome.denials(r));
    }

    @Test
    void anAgencyJustBeforeAnAccusingVerbIsNoSponsor() {
        StatementAnalyzed r = analyse("中方注意到有关报道。美国情报机构借此炒作所谓“伏特台风”威胁，完全是无端抹黑。",
                "中华人民共和国外交部", "zh");
        assertTrue(r.attributions().stream().noneMatch(a -> "US".equals(a.sponsor())), Outcome.attributions(r).toString());
    }

    @Test
    void aRegionNamedAfterAStateHoldsNoState() {
        StatementAnalyzed ja = analyse("我が国は、中国を背景とするサイバー攻撃グループAPT10が、インド太平洋地域の研究機関を標的と"
                + "するサイバー攻撃を行ってきたと判断しています。", "外務省", "ja");
        assertEquals(Set.of("JP>apt10>CN:OWN"), Outcome.attributions(ja));
    }

    @Test
    void aGroupBackedByAGovernmentGetsThatSponsorWithoutGivingItAVoice() {
        StatementAnalyzed r = analyse("Según Londres, el grupo APT29, respaldado por el Gobierno ruso, accedió a "
                + "los correos de varios ministerios.", "El Mundo", "es");
        assertEquals(Set.of("GB>apt29>RU:OWN"), Outcome.attributions(r));
        assertFalse(Outcome.attributions(r).stream().anyMatch(a -> a.startsWith("RU>")));
    }

    @Test
    void aKoreanAccuserBetweenTheTopicAndTheDenialIsNotTheOneDenying() {
        StatementAnalyzed r = analyse("중국 외교부 \"볼트 타이푼 의혹은 근거 없는 비방\"\n\n"
                + "중국 외교부는 미국 정부가 중국 해킹조직 '볼트 타이푼'이 미국 기반시설에 침투했다고 주장한 데 대해 "
                + "\"근거 없는 비방\"이라고 반박했다.", "연합뉴스", "ko");
        assertEquals("CN", r.speaker().code());
        assertEquals(Set.of("US>volt-typhoon>CN:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("CN>volt-typhoon"), Outcome.denials(r));
    }

    @Test
    void italianArticulatedPrepositionsFollowAttributionCues() {
        StatementAnalyzed r = analyse("Secondo il governo, la campagna è riconducibile al gruppo APT28, collegato "
                + "all'intelligence militare russa.", "Ministero degli Affari Esteri e della Cooperazione Internazionale",
                "it");
        assertEquals(Set.of("IT>apt28>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void aMinistryFollowedByAnotherStatesDemonymSpeaksForThatState() {
        StatementAnalyzed r = analyse("Según el Ministerio de Asuntos Exteriores francés, el grupo APT28, vinculado a "
                + "la inteligencia militar rusa, atacó a varias empresas del sector aeroespacial.", "El País", "es");
        assertEquals(Set.of("FR>apt28>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void aHeadlineAccusationNamesTheAccusedRightAfterItsVerbAndTheAttackedMinistryIsAVictim() {
        StatementAnalyzed r = analyse("Londra accusa Pechino: dietro gli attacchi al ministero della Difesa c'è APT31",
                "Corriere della Sera", "it");
        assertEquals(Set.of("GB>apt31>CN:OWN"), Outcome.attributions(r));
    }
}
