package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** A state a few words after "against"/"contre"/"gegen" (or before "に対する攻撃"/"를 겨냥한") is a victim, not a sponsor. */
class VictimPhraseTest {

    @Test
    void theStateAtTheEndOfAFrenchVictimPhraseIsNoSponsor() {
        StatementAnalyzed r = analyse("Le Royaume-Uni impute les intrusions commises contre le ministère néerlandais de la "
                + "Défense au groupe APT28.", "Foreign, Commonwealth & Development Office", "fr");
        assertEquals(Set.of("GB>apt28>null:OWN"), Outcome.attributions(r));
    }

    @Test
    void aSpanishMinistryOfAnotherStateKeepsThatStateAVictim() {
        StatementAnalyzed r = analyse("Chile atribuye al grupo Sandworm, controlado por el servicio de inteligencia militar "
                + "ruso, el sabotaje contra la red del Ministerio de Energía de Georgia.", "Ministerio de Relaciones "
                + "Exteriores de Chile", "es");
        assertEquals(Set.of("CL>sandworm-team>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void governmentsAttackedAreNeitherCosignersNorTargets() {
        StatementAnalyzed r = analyse("New Zealand condemns the espionage campaign run against the governments of Samoa and "
                + "Tonga. New Zealand assesses that APT40, a group sponsored by China's Ministry of State Security, is "
                + "behind it.", "New Zealand Ministry of Foreign Affairs and Trade", "en");
        assertEquals(Set.of("NZ>apt40>CN:OWN"), Outcome.attributions(r));
        assertEquals(Set.of("NZ>CN"), Outcome.condemnations(r));
    }

    @Test
    void aStateBeforeAKoreanTargetingSuffixIsAVictim() {
        StatementAnalyzed r = analyse("경찰청은 북한 해킹조직 안다리엘이 영국 국방부를 겨냥한 공격을 벌였다고 밝혔다.", "경찰청", "ko");
        assertEquals(Set.of("KR>andariel>KP:OWN"), Outcome.attributions(r));
    }

    @Test
    void aPerpetratorAfterTheVictimStaysTheSponsor() {
        StatementAnalyzed r = analyse("Poland said the attacks against Lithuanian ministries were carried out by Russian "
                + "military intelligence.", "Ministry of Foreign Affairs of the Republic of Poland", "en");
        assertEquals(Set.of("PL>null>RU:OWN"), Outcome.attributions(r));
    }
}
