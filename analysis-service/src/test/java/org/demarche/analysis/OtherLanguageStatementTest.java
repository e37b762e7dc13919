package org.demarche.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.GroupMention;
import org.junit.jupiter.api.Test;

/** A statement in none of the ten languages is analysed as far as names go and reported with its own language. */
class OtherLanguageStatementTest {

    @Test
    void aPortugueseStatementKeepsItsLanguageAndItsGroups() {
        StatementAnalyzed result = AnalyzerFixture.analyse("O Governo condena as ações maliciosas no ciberespaço "
                + "atribuídas ao grupo APT28 e não aceitará que as instituições do país sejam alvo de operações de "
                + "espionagem. As investigações mostram que não são ações isoladas.", null, null);

        assertEquals("pt", result.language());
        assertEquals(List.of("APT28"), result.groups().stream().map(GroupMention::name).toList());
    }

    @Test
    void aCallerSuppliedLanguageOutsideTheTenIsKept() {
        StatementAnalyzed result = AnalyzerFixture.analyse("Rząd potępia ataki grupy APT29.", null, "pl-PL");

        assertEquals("pl", result.language());
        assertEquals(List.of("APT29"), result.groups().stream().map(GroupMention::name).toList());
    }
}
