package org.demarche.analysis.lexicon;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.demarche.analysis.AnalyzerFixture.statement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Confidence;
import org.junit.jupiter.api.Test;

/** Short Russian statements written for these tests, one behaviour of ru.json each (inflected names). */
class RussianLexiconTest {

    private static StatementAnalyzed analyse(String text, String publisher) {
        return ANALYZER.analyze(statement(text, publisher, null));
    }

    @Test
    void hedgedOwnAttributionToInflectedServices() {
        StatementAnalyzed r = analyse("Атаки на российские организации осуществляет хакерская группировка Sticky Werewolf, которая "
                + "с высокой вероятностью действует в интересах украинских спецслужб.", "НКЦКИ");
        assertEquals("ru", r.language());
        assertEquals("RU", r.speaker().code());
        assertEquals(Set.of("RU>angry-likho>UA:OWN"), Outcome.attributions(r));
        assertEquals(Confidence.HIGHLY_LIKELY, r.attributions().get(0).confidence());
    }

    @Test
    void reportedAttributionAndDenialByTheAccused() {
        StatementAnalyzed r = analyse("Германия заявила, что за взломом стоит группировка APT28, связанная с российской военной разведкой. "
                + "Мы категорически отвергаем эти голословные обвинения в адрес России.", "МИД России");
        assertEquals(Set.of("DE>apt28>RU:REPORTED"), Outcome.attributions(r));
        // the accused's own rejection of "these accusations" answers the reported accusation about APT28 (corpus
        // labelling: fr-006, en-007, en-013)
        assertEquals(Set.of("RU>apt28"), Outcome.denials(r));
    }

    @Test
    void condemnationOfAnInflectedState() {
        StatementAnalyzed r = analyse("Эстония решительно осуждает кибератаки российской военной разведки.",
                "Министерство иностранных дел Эстонии");
        assertEquals(Set.of("EE>RU"), Outcome.condemnations(r));
    }

    @Test
    void negatedClaimIsNotAnAttribution() {
        StatementAnalyzed r = analyse("В министерстве заявили, что не имеют доказательств причастности группировки BlackJack к сбою.",
                "Минцифры России");
        assertTrue(r.attributions().isEmpty());
    }

    @Test
    void tickNoticeIsNoGroup() {
        StatementAnalyzed r = analyse("В сезон активности клещей Роспотребнадзор напоминает о вакцинации от клещевого энцефалита.",
                "Роспотребнадзор");
        assertTrue(r.groups().isEmpty());
        assertTrue(r.namings().isEmpty());
    }
}
