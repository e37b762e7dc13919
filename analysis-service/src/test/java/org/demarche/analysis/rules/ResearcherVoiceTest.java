package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/** Researchers quoted through "according to" speak for themselves: the state they link a group to is no voice. */
class ResearcherVoiceTest {

    private static void vendorOnly(StatementAnalyzed r) {
        assertNull(r.speaker().code(), r.speaker().toString());
        assertTrue(r.attributions().isEmpty(), Outcome.attributions(r).toString());
        assertTrue(r.namings().isEmpty());
    }

    @Test
    void spanish() {
        vendorOnly(analyse("La firma de seguridad ESET ha observado ataques del grupo Kimsuky contra universidades. "
                + "Según los analistas, el grupo estaría vinculado a Corea del Norte.", "Xataka", "es"));
    }

    @Test
    void dutch() {
        vendorOnly(analyse("Beveiligingsbedrijf Northwave zag aanvallen van de groep APT28 op gemeenten. Volgens de "
                + "onderzoekers werkt de groep voor de Russische militaire inlichtingendienst.", "Security.nl", "nl"));
    }

    @Test
    void german() {
        vendorOnly(analyse("Forscher von Trend Micro beobachten Angriffe der Gruppe Earth Lusca auf Behörden. Nach "
                + "Einschätzung der Forscher handelt die Gruppe im Auftrag des chinesischen Staates.", "Golem", "de"));
    }
}
