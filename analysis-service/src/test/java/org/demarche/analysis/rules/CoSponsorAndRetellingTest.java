package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Two states held responsible in one clause; a group-less sentence right after a naming retells it. */
class CoSponsorAndRetellingTest {

    @Test
    void twoGovernmentsNamedInOneClauseAreBothSponsors() {
        StatementAnalyzed r = analyse("Iran's foreign ministry said the intelligence services of Israel and the United States "
                + "were behind the attack on the fuel distribution network.",
                "Ministry of Foreign Affairs of the Islamic Republic of Iran", "en");
        assertEquals(Set.of("IR>null>IL:OWN", "IR>null>US:OWN"), Outcome.attributions(r));
    }

    @Test
    void aRussianGenitiveUnitedStatesIsAState() {
        StatementAnalyzed r = analyse("МИД Ирана заявил, что ответственность за атаку несут спецслужбы Израиля и Соединённых "
                + "Штатов.", "ИРНА", "ru");
        assertEquals(Set.of("IR>null>IL:OWN", "IR>null>US:OWN"), Outcome.attributions(r));
    }

    @Test
    void theSentenceRightAfterANamingRetellsItWithoutAGroup() {
        StatementAnalyzed r = analyse("Statement by the Foreign Ministry\n\nThe Czech Republic has established that APT31, "
                + "a group working for China's Ministry of State Security, breached the ministry's unclassified network. "
                + "This is the first time Czech authorities have publicly held China responsible for a cyberattack.",
                "Ministry of Foreign Affairs of the Czech Republic", "en");
        assertEquals(Set.of("CZ>apt31>CN:OWN"), Outcome.attributions(r));
    }
}
