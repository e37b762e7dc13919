package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Constructions of blind9a, on sentences of their own: a demonstrative that points back to a state agency named
 * earlier ("im Auftrag dieser Einheit", "on behalf of this unit") gives the group that agency's state as sponsor;
 * Spanish "falsas" and the noun "denuncia" in their ordinary senses (false invoices, a police complaint) are neither a
 * denial nor a condemnation; "the operators" after a named group is that group (no group-less attribution).
 */
class AgencyAnaphoraAndOrdinaryFalseTest {

    @Test
    void aGermanDemonstrativeUnitPointsBackToTheAgency() {
        StatementAnalyzed de = analyse("Die Bundesregierung nennt die Einheit 26165 des Militärgeheimdienstes GRU als "
                + "Urheber.\n\nDie Angriffe auf die Parteizentralen verübte die Gruppe APT28, die im Auftrag dieser "
                + "Einheit arbeitet.", "Auswärtiges Amt", "de");
        assertTrue(Outcome.attributions(de).contains("DE>apt28>RU:OWN"), Outcome.attributions(de).toString());
    }

    @Test
    void anEnglishDemonstrativeUnitPointsBackToTheAgency() {
        StatementAnalyzed en = analyse("The ministry today named Unit 74455 of Russia's military intelligence, the GRU."
                + "\n\nThe outages at the power companies were caused by APT44, a group that acts on behalf of this "
                + "unit.", "Ministry of Foreign Affairs of Finland", "en");
        assertTrue(Outcome.attributions(en).contains("FI>sandworm-team>RU:OWN"), Outcome.attributions(en).toString());
    }

    @Test
    void falseInvoicesAreNoDenial() {
        StatementAnalyzed es = analyse("El Ministerio del Interior informa de que la Guardia Civil ha detenido a cinco "
                + "personas que enviaban falsas facturas a empresas de Sevilla.", "Ministerio del Interior", "es");
        assertEquals(Set.of(), Outcome.denials(es));
    }

    @Test
    void aPoliceComplaintIsNoCondemnation() {
        StatementAnalyzed es = analyse("La Policía Nacional ha detenido a tres hombres; la investigación comenzó tras "
                + "la denuncia de una empresa de Bilbao que había recibido correos fraudulentos.",
                "Ministerio del Interior", "es");
        assertEquals(Set.of(), Outcome.condemnations(es));
    }

    @Test
    void theOperatorsOfANamedGroupAreThatGroup() {
        StatementAnalyzed en = analyse("The Foreign Office today exposed a campaign by Volt Typhoon against water "
                + "utilities.\n\nThe operators worked on behalf of the Chinese government.",
                "Foreign, Commonwealth & Development Office", "en");
        assertEquals(Set.of("GB>volt-typhoon>CN:OWN"), Outcome.attributions(en));
    }
}
