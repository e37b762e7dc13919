package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Sponsors next to victims, agencies of other states and partners joining an assessment, in short invented texts. */
class FollowUpAndVictimTest {

    @Test
    void anAgencyNounTakesTheStateOfTheDemonymNextToIt() {
        StatementAnalyzed r = analyse("Der niederländische Militärgeheimdienst hat den Einbruch in das Netz der Marine "
                + "chinesischen Hackern zugeschrieben.", "Deutsche Welle", "de");
        assertEquals(Set.of("NL>null>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void aStateAfterContraIsTheVictimNotTheSponsor() {
        StatementAnalyzed r = analyse("El Gobierno acusó a piratas informáticos rusos de la campaña de sabotaje digital "
                + "contra Polonia.", "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "es");
        assertEquals(Set.of("ES>null>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void aPartnerJoiningTheAccusationInThePastRepeatsTheAttribution() {
        StatementAnalyzed r = analyse("Canadá atribuyó el robo de datos al grupo APT41, vinculado al Ministerio de Seguridad "
                + "del Estado de China. Australia se sumó a la acusación pocas horas después.", "Global Affairs Canada", "es");
        assertEquals(Set.of("CA>apt41>CN:OWN", "AU>apt41>CN:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void aJapaneseSameViewRepeatsTheAttribution() {
        StatementAnalyzed r = analyse("警察庁は、暗号資産の窃取を北朝鮮のハッカー集団Lazarusによる犯行と特定した。韓国政府も同様の見解を示した。",
                "警察庁", "ja");
        assertEquals(Set.of("JP>lazarus-group>KP:OWN", "KR>lazarus-group>KP:REPORTED"), Outcome.attributions(r));
    }
    @Test
    void theStateAfterOnBehalfOfIsNotTheVoiceOfALaterVerb() {
        StatementAnalyzed r = analyse("Die Täter sollen im Auftrag der russischen Regierung gehandelt haben, erklärte ein "
                + "Sprecher. Das polnische Außenministerium teilte mit, man prüfe Gegenmaßnahmen.", "Deutsche Welle", "de");
        assertEquals("PL", r.speaker().code());
    }

    @Test
    void aStateDoesNotHoldItsOwnGroupResponsibleWhenItRejectsTheClaim() {
        StatementAnalyzed r = analyse("中国外交部は、米国が主張する中国国家安全部のハッカー集団「APT31」による攻撃について、"
                + "根拠のない中傷だと反論した。", "中華人民共和国外交部", "ja");
        assertEquals(Set.of(), Outcome.attributions(r).stream().filter(a -> a.startsWith("CN>")).collect(
                java.util.stream.Collectors.toSet()));
    }
    @Test
    void theAntecedentOfARelativeClauseIsItsSponsor() {
        StatementAnalyzed r = analyse("The court heard evidence against two officers of the SVR, which Canadian prosecutors say "
                + "is the service behind the theft of vaccine research.", "CBC News", "en");
        assertEquals(Set.of("CA>null>RU:OWN"), Outcome.attributions(r));
    }
    @Test
    void sanctionsAfterAnAttributionRespondToIt() {
        StatementAnalyzed r = analyse("El Gobierno atribuyó al grupo APT28, dependiente de la inteligencia militar rusa, el "
                + "ataque contra el Congreso. Además, el Gobierno expulsó a dos diplomáticos rusos.",
                "Ministerio de Asuntos Exteriores, Unión Europea y Cooperación", "es");
        assertEquals(Set.of("ES>apt28>RU:OWN"), Outcome.attributions(r));
    }
}
