package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Official voices in their own registers: perfect-tense announcements, co-signing agencies, a partner "side" that
 * judges too, a summoned envoy who is not the one condemning, a counter-accusation, the same group named again.
 */
class OfficialVoicesTest {

    @Test
    void dutchPerfectAnnouncementWithSubordinateMembershipVerb() {
        StatementAnalyzed r = analyse("Canada heeft gisteren bekendgemaakt dat de hackersgroep APT29 deel uitmaakt van "
                + "de Russische buitenlandse inlichtingendienst SVR.", "Ministerie van Buitenlandse Zaken", "nl");
        assertEquals(Set.of("CA>apt29>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void spanishSameGroupIsTheGroupNamedBefore() {
        StatementAnalyzed r = analyse("El CCN-CERT vincula la campaña a APT31, un grupo al servicio del Estado chino. "
                + "Contra el mismo grupo actuó en marzo el Departamento de Justicia de Estados Unidos, que lo atribuyó a "
                + "hackers del Ministerio de Seguridad del Estado de China.", "Centro Criptológico Nacional", "es");
        assertEquals(Set.of("ES>apt31>CN:OWN", "US>apt31>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void italianCounterAccusationWithAnActiveVerb() {
        StatementAnalyzed r = analyse("Sono gli Stati Uniti che da anni conducono attacchi informatici contro le reti "
                + "cinesi.", "Ambasciata della Repubblica Popolare Cinese in Italia", "it");
        assertEquals(Set.of("CN>null>US:OWN"), Outcome.attributions(r));
    }

    @Test
    void coSigningAgenciesIncludeTheSpeaker() {
        StatementAnalyzed r = analyse("Secondo le agenzie firmatarie, tra cui l'NCSC britannico, il gruppo APT31 opera "
                + "per conto del governo cinese.", "Agenzia per la Cybersicurezza Nazionale", "it");
        assertEquals(Set.of("IT>apt31>CN:OWN", "GB>apt31>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void koreanPartnerSideJudgesTheSameGroup() {
        StatementAnalyzed r = analyse("국정원은 이번 공격이 북한 정찰총국 산하 해킹조직 김수키(Kimsuky)의 소행이라고 밝혔다. "
                + "미국 측도 같은 조직이 국내 싱크탱크를 공격한 것으로 판단했다.", "국가정보원", "ko");
        assertEquals(Set.of("KR>kimsuky>KP:OWN", "US>kimsuky>KP:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void theSummonedEnvoyIsTheTargetNotTheCondemner() {
        StatementAnalyzed r = analyse("El ministro convocó al embajador de China para trasladarle la condena del "
                + "Gobierno por el ciberataque que el CCN atribuye al grupo APT41, vinculado al Estado chino.",
                "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "es");
        assertEquals(Set.of("ES>apt41>CN:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("ES>CN"), Outcome.condemnations(r));
    }

    @Test
    void bothCountriesAreTheTwoStatesNamedBefore() {
        StatementAnalyzed r = analyse("L'Union européenne exprime sa solidarité avec la Pologne et la Lituanie. Les deux "
                + "pays ont attribué cette semaine au groupe APT28, contrôlé par le renseignement militaire russe, des "
                + "intrusions dans les réseaux de leurs ministères.", "Conseil de l'Union européenne", "fr");
        assertEquals(Set.of("PL>apt28>RU:REPORTED", "LT>apt28>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void germanGenitiveStateNamesFeedThePair() {
        StatementAnalyzed r = analyse("Deutschland steht an der Seite Estlands und Lettlands. Beide Staaten haben die "
                + "Angriffe auf ihre Ministerien der Gruppierung Sandworm zugeordnet, die dem russischen "
                + "Militärgeheimdienst GRU untersteht.", "Auswärtiges Amt", "de");
        assertEquals(Set.of("EE>sandworm-team>RU:REPORTED", "LV>sandworm-team>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aPairIsTheStatesJoinedByAConjunctionNotTheSponsorNamedLast() {
        StatementAnalyzed r = analyse("オーストラリア及びニュージーランドは、中国政府を背景とするサイバー攻撃グループ「APT40」が、"
                + "両国の政府機関を標的とした悪意あるサイバー活動を行ったと発表しました。", "外務省", "ja");
        assertEquals(Set.of("AU>apt40>CN:REPORTED", "NZ>apt40>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void belarusianForeignMinistryDeniesANamedAccusation() {
        StatementAnalyzed r = analyse("Литва обвинила белорусские спецслужбы в причастности к деятельности группировки "
                + "UNC1151. Белорусская сторона категорически отвергает эти голословные обвинения.",
                "Министерство иностранных дел Республики Беларусь", "ru");
        assertEquals("BY", r.speaker().code());
        assertEquals(Set.of("LT>ghostwriter>BY:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("BY>ghostwriter"), Outcome.denials(r));
    }

    @Test
    void aCityPublicSecurityBureauSpeaksForChina() {
        StatementAnalyzed r = analyse("上海市公安局通报，经查，台湾“资通电军”长期受民进党当局指使，对大陆重要网络系统实施攻击。",
                "上海市公安局", "zh");
        assertEquals("CN", r.speaker().code());
        assertEquals(Set.of("CN>null>TW:OWN"), Outcome.attributions(r));
    }

    @Test
    void frenchInfinitiveCondemnationAndMembershipVerb() {
        StatementAnalyzed r = analyse("Le Canada tient à condamner cette campagne. Selon le Centre de la sécurité des "
                + "télécommunications, le groupe de cyberespionnage Turla relève du Service fédéral de sécurité de la "
                + "Russie.", "Affaires mondiales Canada", "fr");
        assertEquals(Set.of("CA>turla>RU:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("CA>RU"), Outcome.condemnations(r));
    }

    @Test
    void anAcronymInBracketsBelongsToTheBodyBeforeIt() {
        StatementAnalyzed r = analyse("Het Nationaal Cyber Security Centrum (NCSC) stelt dat de aanvallen zijn "
                + "uitgevoerd door de criminele groep LockBit.", "Ministerie van Justitie en Veiligheid", "nl");
        assertEquals(Set.of("NL:LockBit"), r.attributions().stream()
                .map(a -> a.attributor() + ":" + a.group()).collect(java.util.stream.Collectors.toSet()));
    }
}
