package org.demarche.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import com.github.pemistahl.lingua.api.Language;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = new LanguageGuesser();

    @Test
    void scriptsDecideWithoutModels() {
        assertEquals("ko", guesser.detect("정부는 북한의 사이버 공격을 규탄한다."));
        assertEquals("ja", guesser.detect("政府は、サイバー攻撃を強く非難する。"));
        assertEquals("zh", guesser.detect("中国政府坚决反对任何形式的网络攻击。"));
        assertEquals("ru", guesser.detect("Правительство осуждает кибератаки группы."));
    }

    @Test
    void longLatinTextsAreDecidedByTheModels() {
        assertEquals("en", guesser.detect(("The government condemns the malicious cyber activity of the group and "
                + "calls on the state responsible to stop it at once. ").repeat(6)));
        assertEquals("fr", guesser.detect(("Le gouvernement condamne les activités malveillantes du groupe et "
                + "appelle l'État responsable à y mettre fin sans délai. ").repeat(6)));
        assertEquals("nl", guesser.detect(("De regering veroordeelt de kwaadaardige digitale activiteiten van de "
                + "groep en roept de verantwoordelijke staat op daar onmiddellijk mee te stoppen. ").repeat(6)));
    }

    @Test
    void textsWithoutLowerCaseWordsFallBackToTheTextItself() {
        String shouted = "DIE BUNDESREGIERUNG VERURTEILT DIE ANHALTENDEN CYBERANGRIFFE DER GRUPPE APT28 AUF DEN "
                + "DEUTSCHEN BUNDESTAG UND FORDERT RUSSLAND AUF, DIESE UNVERANTWORTLICHEN AKTIVITAETEN SOFORT "
                + "EINZUSTELLEN. DIE ANGRIFFE WERDEN MIT DEN PARTNERN IN DER EUROPAEISCHEN UNION ABGESTIMMT.";
        assertEquals("", LanguageGuesser.lowerCaseWords(shouted, 60));
        assertEquals("de", guesser.detect(shouted));
    }

    @Test
    void shortLatinTextsUseTheFullModels() {
        assertEquals("de", guesser.detect("Die Bundesregierung verurteilt die Cyberangriffe der Gruppe."));
        assertEquals("es", guesser.detect("El Gobierno condena los ciberataques del grupo."));
    }

    @Test
    void blankTextIsUndetermined() {
        assertEquals(LanguageGuesser.UNDETERMINED, guesser.detect("   "));
    }

    @Test
    void aClearLeadDecidesAndACloseCallAsksForMoreText() {
        assertEquals(Optional.of(Language.FRENCH), LanguageGuesser.clearWinner(confidences(Map.of(
                Language.FRENCH, 1.0, Language.ITALIAN, 0.85, Language.SPANISH, 0.8)), 0.9));
        assertEquals(Optional.empty(), LanguageGuesser.clearWinner(confidences(Map.of(
                Language.FRENCH, 1.0, Language.ITALIAN, 0.85, Language.SPANISH, 0.8)), 0.8));
        assertEquals(Optional.empty(), LanguageGuesser.clearWinner(confidences(Map.of(
                Language.FRENCH, 1.0, Language.ENGLISH, 0.96)), 0.9));
        assertEquals(Optional.of(Language.GERMAN), LanguageGuesser.clearWinner(confidences(Map.of(
                Language.GERMAN, 1.0)), 0.8));
        assertEquals(Optional.empty(), LanguageGuesser.clearWinner(confidences(Map.of()), 0.9));
    }

    @Test
    void samplesKeepOnlyLowerCaseWords() {
        assertEquals("hat die auch am die gruppe", LanguageGuesser.lowerCaseWords(
                "Laut BSI hat die Gruppe APT28 (auch \"Fancy Bear\") am 3. Mai 2024 die gruppe aujourd'hui zu", 25));
        assertEquals("l'attaque sub-saharienne", LanguageGuesser.lowerCaseWords(
                "L'ANSSI: l'attaque sub-saharienne, 2024.", 100));
        assertEquals("", LanguageGuesser.lowerCaseWords("NATO CONDEMNS APT29 - 12/05", 60));
    }

    @Test
    void cutStopsAtASpace() {
        assertEquals("alpha beta", LanguageGuesser.cut("alpha beta gamma", 12));
        assertEquals("short", LanguageGuesser.cut("short", 12));
    }

    /** Sorted best first, as Lingua returns them. */
    private static SortedMap<Language, Double> confidences(Map<Language, Double> values) {
        SortedMap<Language, Double> sorted = new TreeMap<>(Comparator.comparing((Language l) -> -values.get(l))
                .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(values);
        return sorted;
    }
}
