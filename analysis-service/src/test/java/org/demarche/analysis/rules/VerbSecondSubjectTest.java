package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * German verb-second clauses opened by an adverbial ("Bereits 2023 hatte Finnland … zugeschrieben"): the state right
 * after the auxiliary is the one attributing, not the one held responsible, and not a reason for the publisher to speak.
 */
class VerbSecondSubjectTest {

    @Test
    void theStateAfterTheAuxiliaryAttributes() {
        StatementAnalyzed group = analyse("Bereits 2023 hatte Finnland eine ähnliche Kampagne gegen sein Parlament der "
                + "Gruppe APT31 zugeschrieben.", "Auswärtiges Amt", "de");
        assertEquals(Set.of("FI>apt31>null:REPORTED"), Outcome.attributions(group));

        StatementAnalyzed agency = analyse("Im Mai hatte Polen den Angriff dem russischen Militärgeheimdienst GRU "
                + "zugeschrieben.", "Auswärtiges Amt", "de");
        assertEquals(Set.of("PL>null>RU:REPORTED"), Outcome.attributions(agency));
    }
}
