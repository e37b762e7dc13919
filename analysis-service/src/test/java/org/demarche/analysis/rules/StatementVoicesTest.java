package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.AnalyzerFixture;
import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Who speaks and who is reported, across sentences: collective voices, co-signers, partners, denials. */
class StatementVoicesTest {

    private static StatementAnalyzed analyze(String text, String publisher, String language) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, publisher, language));
    }

    @Test
    void aCollectiveFirstPersonMakesTheBodyTheSpeakerOverThePublisher() {
        StatementAnalyzed r = analyze("Statement on cyber threats. We, the Foreign Ministers of the G7, condemn the "
                + "ransomware campaign that North Korea has conducted against hospitals.",
                "Ministry of Foreign Affairs of Italy", "en");
        assertEquals("G7", r.speaker().code());
        assertEquals(Set.of("G7>KP"), Outcome.condemnations(r));
    }

    @Test
    void aRussianCollectiveVoiceToo() {
        StatementAnalyzed r = analyze("Заявление. Мы, министры иностранных дел «Группы семи», осуждаем кибератаки, "
                + "которые Россия совершает против Украины.", "Министерство иностранных дел Японии", "ru");
        assertEquals("G7", r.speaker().code());
        assertEquals(Set.of("G7>RU"), Outcome.condemnations(r));
    }

    @Test
    void aBodyMentionedLaterInAFirstPersonSentenceIsNoCollectiveVoice() {
        StatementAnalyzed r = analyze("We call on the G7 partners to respond. Italy condemns the attacks North Korea "
                + "carried out.", "Ministry of Foreign Affairs of Italy", "en");
        assertEquals("IT", r.speaker().code());
    }

    @Test
    void statesAfterAPartnerPhraseAreVoicesNotPlaces() {
        StatementAnalyzed r = analyze("España se suma a Italia y a Portugal, que también han atribuido hoy la campaña "
                + "a APT29 y al Gobierno ruso.", "Ministerio de Asuntos Exteriores de España", "es");
        Set<String> attributions = Outcome.attributions(r);
        assertTrue(attributions.contains("IT>apt29>RU:REPORTED"), attributions::toString);
        assertTrue(attributions.contains("PT>apt29>RU:REPORTED"), attributions::toString);
    }

    @Test
    void aKoreanConjunctionJoinsTheVoicesAndTheFirstNamedSpeaks() {
        StatementAnalyzed r = analyze("미국과 영국은 성명에서 라자루스 그룹이 북한 정찰총국의 지시를 받는다고 밝혔다.", "연합뉴스", "ko");
        assertEquals("US", r.speaker().code());
        assertEquals(Set.of("US>lazarus-group>KP:OWN", "GB>lazarus-group>KP:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aKoreanTopicMarkerDoesNotMakeAList() {
        StatementAnalyzed r = analyze("미국은 영국 성명에서 라자루스 그룹이 북한 정찰총국의 지시를 받는다고 밝혔다.", "연합뉴스", "ko");
        assertTrue(Outcome.attributions(r).stream().noneMatch(a -> a.startsWith("US>")), Outcome.attributions(r)::toString);
    }

    @Test
    void theDeniersOwnStatementRejectsTheGroupOfTheAccusationItReports() {
        StatementAnalyzed r = analyze("The German government has accused the APT29 group of breaking into the Bundestag "
                + "network on behalf of Russian intelligence. We categorically reject these baseless allegations.",
                "Embassy of the Russian Federation in Germany", "en");
        assertEquals(Set.of("RU>apt29"), Outcome.denials(r));
        assertEquals(Set.of("DE>apt29>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aReportedDenialInAThirdPartyTextNamesNoGroup() {
        StatementAnalyzed r = analyze("Germany blamed APT29 and Russian intelligence for the intrusion into the "
                + "Bundestag. Russia dismissed the accusations as baseless.", "Federal Foreign Office", "en");
        assertEquals(Set.of("RU>null"), Outcome.denials(r));
    }

    @Test
    void aLocalNamePairedWithAKnownNameIsThatGroupLater() {
        StatementAnalyzed r = analyze("国家安全机关发现，一个名为“海莲花”（OceanLotus）的黑客组织受越南政府指使，对我国多家机构实施网络攻击。"
                + "越南外交部随后否认与所谓“海莲花”有任何关系。", "中华人民共和国国家安全部", "zh");
        assertEquals(Set.of("VN>apt32"), Outcome.denials(r));
    }

    @Test
    void statesListedWithTheSpeakerCoSignItsLaterAttributions() {
        StatementAnalyzed r = analyze("Japan, Australia and New Zealand said they share grave concern about the cyber "
                + "operations of North Korea. The Kimsuky group carried out the intrusions on behalf of the North Korean "
                + "government.", "Ministry of Foreign Affairs of Japan", "en");
        assertEquals(Set.of("JP>kimsuky>KP:OWN", "AU>kimsuky>KP:REPORTED", "NZ>kimsuky>KP:REPORTED"),
                Outcome.attributions(r));
    }

    @Test
    void aGroupNamedAfterASponsorOnlyClaimTakesThatSponsorForTheSameVoices() {
        StatementAnalyzed r = analyze("Estonia, together with Latvia and Lithuania, accused Russia's military "
                + "intelligence of the intrusions into ministry networks. The hackers behind them are known as the group "
                + "Ember Bear.", "Ministry of Foreign Affairs of Estonia", "en");
        Set<String> attributions = Outcome.attributions(r);
        assertTrue(attributions.contains("EE>ember-bear>RU:OWN"), attributions::toString);
        assertTrue(attributions.stream().noneMatch(a -> a.contains(">ember-bear>null")), attributions::toString);
    }

    @Test
    void whoSaysTheSpeakersClaimsAreGroundlessIsTheDenier() {
        StatementAnalyzed r = analyze("The Philippines said on Monday that hackers working from servers in China had tried "
                + "to break into the email systems of several ministries. The Chinese embassy in Manila later said the "
                + "allegations by the Philippines were groundless.", "The Straits Times", "en");
        assertEquals("PH", r.speaker().code());
        assertEquals(Set.of("CN>null"), Outcome.denials(r));
    }

    @Test
    void theSameInChinese() {
        StatementAnalyzed r = analyze("菲律宾国防部表示，一批黑客曾试图入侵其内部网络。中国驻菲律宾大使馆随后发表声明说，菲律宾方面的说法毫无根据。",
                "联合早报", "zh");
        assertEquals(Set.of("CN>null"), Outcome.denials(r));
    }

    @Test
    void coSignersGroupLessConcernIsTheActivityOfTheGroupNamedNext() {
        StatementAnalyzed r = analyze("Japan, the United States and the Republic of Korea said they remain concerned about "
                + "North Korea's theft of crypto assets. The Lazarus Group carried out these thefts on behalf of the "
                + "North Korean government.", "Ministry of Foreign Affairs of Japan", "en");
        assertTrue(Outcome.attributions(r).stream().noneMatch(a -> a.contains(">null>")),
                Outcome.attributions(r)::toString);
    }
}
