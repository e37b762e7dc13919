package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Constructions of blind8a, on sentences of their own: French names of the EU as a voice; German verb-second after a
 * fronted phrase (the subject follows the verb); an accusation noun with its accuser after it ("les allégations du
 * gouvernement britannique selon lesquelles"); "sogenannte" before an ordinary noun; co-signers of a joint statement
 * condemning with its publisher.
 */
class FrontedOpenerAndAccuserNounTest {

    @Test
    void theEuropeanUnionNamedInFrenchSpeaksAndAttributes() {
        StatementAnalyzed fr = analyse("L'Union européenne a condamné jeudi les cyberattaques du groupe APT28 contre des "
                + "ministères allemands et tchèques, qu'elle attribue à la Russie.", "Le Monde", "fr");
        assertEquals("EU", fr.speaker().code());
        assertEquals(Set.of("EU>apt28>RU:OWN"), Outcome.attributions(fr));
        assertEquals(Set.of("EU>RU"), Outcome.condemnations(fr));
    }

    @Test
    void afterAFrontedDayTheSubjectFollowsTheVerb() {
        StatementAnalyzed de = analyse("Am Montag verurteilte die Bundesregierung die Cyberangriffe der Gruppe Sandworm, "
                + "die sie dem russischen Militärgeheimdienst zuordnet.", "Deutsche Welle", "de");
        assertEquals("DE", de.speaker().code());
        assertEquals(Set.of("DE>sandworm-team>RU:OWN"), Outcome.attributions(de));
        assertEquals(Set.of("DE>RU"), Outcome.condemnations(de));
    }

    @Test
    void statesInAFrontedPhraseDoNotCondemn() {
        StatementAnalyzed de = analyse("Ein Jahr nach den Angriffen Chinas auf Taiwan verurteilt die Schweiz die Kampagne "
                + "der Gruppe APT41 scharf.", "Neue Zürcher Zeitung", "de");
        assertEquals("CH", de.speaker().code());
        assertEquals(Set.of("CH>null"), Outcome.condemnations(de));
    }

    @Test
    void theAccuserAfterAnAccusationNounAttributesWhatTheSpeakerRejects() {
        StatementAnalyzed fr = analyse("Le porte-parole du ministère chinois des Affaires étrangères a rejeté les "
                + "allégations du gouvernement britannique selon lesquelles le groupe APT31 serait lié à Pékin.",
                "Xinhua", "fr");
        assertEquals("CN", fr.speaker().code());
        assertEquals(Set.of("GB>apt31>CN:REPORTED"), Outcome.attributions(fr));
        assertEquals(Set.of("CN>apt31"), Outcome.denials(fr));
    }

    @Test
    void soCalledBeforeAnOrdinaryNounNamesNoGroup() {
        StatementAnalyzed de = analyse("Die sogenannten DDoS-Angriffe auf Behördenseiten dauern an, teilte das "
                + "Ministerium mit.", "Auswärtiges Amt", "de");
        assertEquals(Set.of(), Outcome.groups(de));
    }

    @Test
    void coSignersOfAJointStatementCondemnWithItsPublisher() {
        StatementAnalyzed en = analyse("Joint statement by the United Kingdom, Estonia and Finland\n\nWe condemn the "
                + "activity of APT29, which we assess is almost certainly part of Russia's Foreign Intelligence Service.",
                "Foreign, Commonwealth & Development Office", "en");
        assertEquals("GB", en.speaker().code());
        assertEquals(Set.of("EE>apt29>RU:REPORTED", "FI>apt29>RU:REPORTED", "GB>apt29>RU:OWN"),
                Outcome.attributions(en));
        assertEquals(Set.of("EE>RU", "FI>RU", "GB>RU"), Outcome.condemnations(en));
    }
}
