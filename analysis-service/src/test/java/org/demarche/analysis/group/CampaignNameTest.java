package org.demarche.analysis.group;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** A campaign name the catalogue files as a group ("Operation Soft Cell") names an operation, not a group. */
class CampaignNameTest {

    @Test
    void anOperationNameIsNoGroup() {
        StatementAnalyzed r = analyse("Die Ermittler verglichen die Einbrüche bei Mobilfunkanbietern mit der Operation Soft "
                + "Cell und ordneten sie der Gruppe APT10 zu.", "Bundesamt für Sicherheit in der Informationstechnik", "de");
        assertEquals(Set.of("apt10"), Outcome.groups(r));
    }
}
