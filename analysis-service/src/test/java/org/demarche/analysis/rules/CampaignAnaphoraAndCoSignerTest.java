package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Japanese advisories: a state's involvement hedged later about "the series of attacks" ("一連の攻撃の背後には…") is the
 * sponsor of the group named before; states that "also signed" an advisory ("…も署名しています") or appear in a
 * co-signing sentence ("…に共同署名しました") are its co-signers. Italian and Spanish: a state the government goes on
 * supporting ("continuerà a sostenere l'Ucraina") is no target, and the rebuttal formula "se opone … a todo tipo de
 * ciberataques" is a denial with an adverb in it too.
 */
class CampaignAnaphoraAndCoSignerTest {

    @Test
    void aHedgedSponsorOfTheSeriesOfAttacksBelongsToTheGroupNamedBefore() {
        StatementAnalyzed ja = analyse("警察庁は、一連の不正アクセスが「Tick」と呼ばれるサイバー攻撃グループによるものと判断しました。"
                + "被害は防衛関連企業に集中しています。一連の攻撃の背後には中国の関与があると考えられます。", "警察庁", "ja");
        assertEquals(Set.of("JP>bronze-butler>CN:OWN"), Outcome.attributions(ja));
    }

    @Test
    void statesThatAlsoSignedTheAdvisoryAreCoSigners() {
        StatementAnalyzed ja = analyse("内閣サイバーセキュリティセンターは、ニュージーランド国家サイバーセキュリティセンターが取りまとめた、"
                + "中国を背景とするサイバー攻撃グループ「APT31」に関する注意喚起に共同署名しました。"
                + "同注意喚起には、カナダ及び英国も署名しています。", "内閣サイバーセキュリティセンター", "ja");
        assertEquals(Set.of("JP>apt31>CN:OWN", "NZ>apt31>CN:REPORTED", "CA>apt31>CN:REPORTED",
                "GB>apt31>CN:REPORTED"), Outcome.attributions(ja));
    }

    @Test
    void aStateTheGovernmentGoesOnSupportingIsNoTarget() {
        StatementAnalyzed it = analyse("Il governo ha condannato gli attacchi degli hacker filorussi contro i siti dei "
                + "ministeri e ha ribadito che continuerà a sostenere l'Ucraina.", "Ministero degli Affari Esteri", "it");
        assertEquals(Set.of("IT>null"), Outcome.condemnations(it));
        assertEquals(Set.of(), Outcome.attributions(it));
    }

    @Test
    void opposingAllCyberattacksWithAnAdverbIsStillADenial() {
        StatementAnalyzed es = analyse("Estados Unidos acusó al grupo APT41 de actuar por encargo de Pekín. Un portavoz "
                + "chino afirmó que su país se opone rotundamente a todo tipo de ciberataques.", "El Mundo", "es");
        assertEquals(Set.of("US>apt41>CN:OWN"), Outcome.attributions(es));
        assertEquals(Set.of("CN>null"), Outcome.denials(es));
    }
}
