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
}
