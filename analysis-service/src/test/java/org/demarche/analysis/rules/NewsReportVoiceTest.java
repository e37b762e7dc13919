package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Who speaks in a news report: the state rejecting an accusation rather than the accuser whose accusation it
 * rejects; the actor opening a headline with a colon; not an agency that only says it studies a vendor's report;
 * and no attribution by the speaker where researchers make it or where the police neither confirm nor deny.
 */
class NewsReportVoiceTest {

    @Test
    void theRejectingStateSpeaksNotTheAccuserWhoseAccusationItRejects() {
        StatementAnalyzed ru = analyse("В МИД России назвали голословными обвинения Лондона в кибератаках\n\n"
                + "Ранее британское правительство заявило, что за атаками на энергетические компании стоит группировка "
                + "Sandworm, подчиняющаяся ГРУ.\n\nВ российском внешнеполитическом ведомстве отвергли обвинения "
                + "британской стороны.", "Интерфакс", "ru");
        assertEquals("RU", ru.speaker().code());
        assertEquals(Set.of("GB>sandworm-team>RU:REPORTED"), Outcome.attributions(ru));
    }

    @Test
    void anActorOpeningTheHeadlineWithAColonIsItsVoice() {
        StatementAnalyzed zh = analyse("外交部：美方有关黑客组织APT41的指控毫无根据\n\n美国司法部此前宣布起诉五名据称属于APT41的"
                + "中国公民。外交部发言人汪文斌在记者会上表示，中方一贯反对一切形式的网络攻击。", "中国新闻网", "zh");
        assertEquals("CN", zh.speaker().code());
    }

    @Test
    void anAgencyThatOnlyStudiesAVendorsReportIsNotTheVoice() {
        StatementAnalyzed de = analyse("Forscher: Iranische Hacker spähen Flughäfen aus\n\nSicherheitsforscher der "
                + "Firma ESET schreiben die Angriffe der Gruppe MuddyWater zu. Das BSI teilte mit, es prüfe die Hinweise.",
                "Spiegel Online", "de");
        assertNull(de.speaker().code());
        assertEquals(Set.of(), Outcome.attributions(de));
    }

    @Test
    void anOfficialWhoOnlyCommentsStillSpeaksWhenNoGroupIsNamed() {
        StatementAnalyzed de = analyse("Störungen bei der Bahn nach Cyberangriff\n\nNach einem Angriff auf die "
                + "Fahrgastinformation waren Anzeigen in mehreren Bahnhöfen ausgefallen. Das Bundesinnenministerium "
                + "erklärte, man stehe mit dem Unternehmen in Kontakt.", "Spiegel Online", "de");
        assertEquals("DE", de.speaker().code());
    }

    @Test
    void researchersClaimsAndPoliceThatNeitherConfirmNorDenyAreNotTheSpeakers() {
        StatementAnalyzed it = analyse("Il Comune di Verona è stato colpito da un attacco informatico. Secondo i "
                + "ricercatori della società di sicurezza Yarix dietro l'incursione ci sarebbe il gruppo LockBit. La "
                + "Polizia Postale al momento non conferma né smentisce.", "Ministero dell'Interno", "it");
        assertEquals(Set.of(), Outcome.attributions(it));
        assertEquals(Set.of(), Outcome.denials(it));
    }

    @Test
    void attacksLaunchedByAGroupAreItsDeed() {
        StatementAnalyzed es = analyse("Los ataques contra las webs de varios ministerios fueron lanzados por el "
                + "colectivo prorruso NoName057(16).", "Ministerio del Interior", "es");
        assertEquals(Set.of("ES>noname057-16>null:OWN"), Outcome.attributions(es));
    }
}
