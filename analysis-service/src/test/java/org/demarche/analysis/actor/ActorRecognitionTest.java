package org.demarche.analysis.actor;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.AnalyzerFixture;
import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Actor recognition seen through its effects: voices, sponsors, places. */
class ActorRecognitionTest {

    private static StatementAnalyzed analyse(String text, String publisher) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, publisher, null));
    }

    @Test
    void capitalsAndInflectedDemonymsStandForStates() {
        StatementAnalyzed r = analyse("Washington accuse le groupe APT31 d'agir pour le compte des services chinois.", "AFP");
        assertEquals("US", r.speaker().code());
        assertEquals(Set.of("US>apt31>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void victimsAndPlacesAreNotSponsors() {
        StatementAnalyzed r = analyse("The United States has concluded that APT41, acting on behalf of China, "
                + "attacked hospitals in Japan and Germany.", "Department of State");
        assertEquals(Set.of("US>apt41>CN:OWN"), Outcome.attributions(r));
    }

    @Test
    void agenciesAreSponsorsNotGroups() {
        StatementAnalyzed r = analyse("The NCSC assesses that Sandworm is run by GRU Unit 74455.", "National Cyber Security Centre");
        assertEquals(Set.of("sandworm-team"), Outcome.groups(r));
        assertEquals(Set.of("GB>sandworm-team>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void coordinatedSubjectsAllSpeak() {
        StatementAnalyzed r = analyse("Canada, Australia and New Zealand have publicly attributed the campaign to "
                + "APT40 and the Chinese Ministry of State Security.", "Global Affairs Canada");
        assertEquals(Set.of("AU>apt40>CN:REPORTED", "CA>apt40>CN:OWN", "NZ>apt40>CN:REPORTED"), Outcome.attributions(r));
    }
}
