package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Agentless accusations in the accused side's text, accusations named by the noun before their author, measures that
 * hit those involved, and group names used as the first half of a hyphenated modifier.
 */
class AgentlessAccusationAndModifierTest {

    @Test
    void anAgentlessAccusationInTheAccusedSidesTextIsTheAccusersNamedTheSentenceBefore() {
        StatementAnalyzed r = analyse("Moskau nennt Anklage haltlos\n\nDas russische Außenministerium hat die Anklage "
                + "als haltlos zurückgewiesen. Anlass ist ein Haftbefehl, den die niederländische Staatsanwaltschaft "
                + "gegen zwei Offiziere des russischen Militärgeheimdienstes GRU beantragt hat. Ihnen wird "
                + "vorgeworfen, als Angehörige der Gruppe Sandworm Häfen in Rotterdam sabotiert zu haben.",
                "Süddeutsche Zeitung", "de");
        assertEquals("RU", r.speaker().code());
        assertEquals(Set.of("NL>sandworm-team>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void theAuthorOfClaimsMadeByItIsTheAccuser() {
        StatementAnalyzed r = analyse("The Embassy firmly rejects the allegations made on Monday by the Australian "
                + "Government that APT40, a group sponsored by the Chinese Ministry of State Security, compromised "
                + "parliamentary networks.", "Embassy of the People's Republic of China in Australia",
                "en");
        assertEquals(Set.of("AU>apt40>CN:REPORTED"), Outcome.attributions(r));
        assertEquals(Set.of("CN>apt40"), Outcome.denials(r));
    }

    @Test
    void aMeasureOnThoseInvolvedRespondsToTheAttribution() {
        StatementAnalyzed r = analyse("英国政府は、ロシア軍参謀本部情報総局（GRU）の部隊が運用するハッカー集団「APT28」が選挙"
                + "関連機関を攻撃したと発表した。英政府は駐英ロシア大使を呼び出した。さらに、攻撃に関与したGRU将校3人に制裁を"
                + "科した。", "読売新聞", "ja");
        assertEquals(Set.of("GB>apt28>RU:OWN"), Outcome.attributions(r));
    }

    @Test
    void aGroupNameOpeningAHyphenatedModifierIsTheOrdinaryThing() {
        StatementAnalyzed r = analyse("Das BSI warnt vor einer Schwachstelle in Chromium-basierten Browsern, die von "
                + "der nordkoreanischen Gruppe Kimsuky ausgenutzt wird.", "Bundesamt für Sicherheit in der Informationstechnik",
                "de");
        assertEquals(Set.of("kimsuky"), Outcome.groups(r));
        StatementAnalyzed hafnium = analyse("Die Hafnium-Angriffe auf Exchange-Server werden staatlichen chinesischen "
                + "Akteuren zugeschrieben.", "Bundesamt für Sicherheit in der Informationstechnik", "de");
        assertTrue(Outcome.groups(hafnium).contains("hafnium"), Outcome.groups(hafnium).toString());
    }

    @Test
    void accusationsADenierRejectsHoldTheDenierResponsible() {
        StatementAnalyzed r = analyse("Russia has dismissed accusations by Poland and Lithuania that state-sponsored "
                + "hackers known as Ghostwriter spread forged documents. A spokeswoman in Moscow called them lies.",
                "Deutsche Welle", "en");
        assertEquals(Set.of("PL>ghostwriter>RU:REPORTED", "LT>ghostwriter>RU:REPORTED"), Outcome.attributions(r));
    }

    @Test
    void koreanHackersBelongingToAnAgencyAreItsGroup() {
        StatementAnalyzed r = analyse("미국 재무부는 18일 북한 정찰총국 소속 해커들이 안다리엘로 활동하며 병원 등을 공격했다고 밝혔다.",
                "연합뉴스", "ko");
        assertEquals(Set.of("US>andariel>KP:OWN"), Outcome.attributions(r));
    }

    @Test
    void aCommaClosesTheClauseOfAnAgencyBeforeAStatementVerb() {
        StatementAnalyzed r = analyse("Hinter den Angriffen stecke die Gruppe Sandworm, die dem Militärgeheimdienst GRU "
                + "unterstehe, teilte die niederländische Regierung mit.", "NRC", "de");
        assertTrue(Outcome.attributions(r).stream().noneMatch(a -> a.startsWith("RU>")), Outcome.attributions(r).toString());
    }

    @Test
    void denouncingAccusationsIsADenialNotACondemnation() {
        StatementAnalyzed r = analyse("Téhéran dénonce les accusations de Washington\n\nL'Iran a dénoncé les "
                + "accusations des États-Unis, qui attribuent au groupe APT33 des intrusions dans des réseaux "
                + "d'aviation.", "Le Temps", "fr");
        assertEquals("IR", r.speaker().code());
        assertTrue(r.condemnations().isEmpty(), Outcome.condemnations(r).toString());
        assertEquals(Set.of("IR>apt33"), Outcome.denials(r));
    }
}
