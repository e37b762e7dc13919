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
    void shortLatinTextsAreDetected() {
        assertEquals("de", guesser.detect("Die Bundesregierung verurteilt die Cyberangriffe der Gruppe."));
        assertEquals("es", guesser.detect("El Gobierno condena los ciberataques del grupo."));
        assertEquals("fr", guesser.detect("La France condamne ces attaques."));
        assertEquals("it", guesser.detect("Il governo condanna gli attacchi."));
        assertEquals("nl", guesser.detect("De regering veroordeelt de aanvallen."));
        assertEquals("en", guesser.detect("The Netherlands condemns APT29's cyber attacks."));
    }

    @Test
    void textsInOtherLanguagesAreReportedAsThemselves() {
        assertEquals("pt", guesser.detect("O Ministério dos Negócios Estrangeiros condena as ações maliciosas no "
                + "ciberespaço e não aceitará que as instituições do país sejam alvo de operações de espionagem. As "
                + "investigações das autoridades nacionais mostram que não são ações isoladas: as intrusões visaram "
                + "serviços públicos e a sua informação."));
        assertEquals("pl", guesser.detect("Ministerstwo Spraw Zagranicznych stanowczo potępia złośliwe działania w "
                + "cyberprzestrzeni, które były wymierzone w polskie instytucje państwowe i służby publiczne."));
        assertEquals("tr", guesser.detect("Dışişleri Bakanlığı, kamu kurumlarına yönelik kötü niyetli siber "
                + "saldırıları şiddetle kınadığını ve soruşturmanın sürdüğünü açıkladı."));
        assertEquals("sv", guesser.detect("Regeringen fördömer de skadliga cyberangreppen mot svenska myndigheter. "
                + "Angreppen riktades mot flera förvaltningar och mot vården, och säkerhetspolisen har påbörjat en "
                + "förundersökning. Det är inte första gången som svenska mål utsätts för sådana intrång på nätet, "
                + "och regeringen går nu vidare med åtgärder tillsammans med sina partner i Norden."));
        assertEquals("uk", guesser.detect("Міністерство закордонних справ рішуче засуджує кібератаки на державні "
                + "установи України, які здійснює угруповання, пов'язане з іноземною розвідкою."));
        assertEquals("el", guesser.detect("Το Υπουργείο Εξωτερικών καταδικάζει τις κακόβουλες κυβερνοεπιθέσεις "
                + "κατά δημόσιων υπηρεσιών."));
        assertEquals("ar", guesser.detect("تدين وزارة الخارجية الهجمات السيبرانية الخبيثة على المؤسسات العامة"));
    }

    @Test
    void aFewForeignLettersInNamesKeepTheTextsOwnLanguage() {
        assertEquals("fr", guesser.detect("Le ministre s'est rendu à Łódź puis à Gdańsk avant de rencontrer M. "
                + "Erdoğan : le gouvernement condamne les cyberattaques menées contre les institutions de ses "
                + "partenaires européens et appelle les auteurs à cesser ces activités malveillantes."));
        assertEquals("ru", guesser.detect("Министерство иностранных дел заявило, что встреча в Києві не состоялась, "
                + "и отвергло обвинения в причастности к кибератакам на государственные учреждения."));
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
