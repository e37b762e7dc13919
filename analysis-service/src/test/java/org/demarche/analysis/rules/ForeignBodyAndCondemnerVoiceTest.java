package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.analyse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.demarche.analysis.Outcome;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

/**
 * Constructions of blind8b: a state one space before a Korean body filed under KR owns it ("호주 정부가"); the one
 * rejecting a nested accusation is not of the accuser's state; in a sentence with no statement verb the subject of a
 * condemnation verb holds the state responsible; a visited state is no actor; membership of a criminal group is an
 * accusation in Japanese ("…の構成員として…に関わった").
 */
class ForeignBodyAndCondemnerVoiceTest {

    @Test
    void aForeignGovernmentInKoreanAccusesAndTheSpeakerRejects() {
        StatementAnalyzed ko = analyse("중국 외교부 \"호주의 해킹 주장은 억측\"\n\n중국 외교부는 호주 정부가 중국 해킹조직 APT40이 "
                + "호주 의회 전산망에 침투했다고 발표한 데 대해 \"근거 없는 비방\"이라고 반박했다.", "한국일보", "ko");
        assertEquals("CN", ko.speaker().code());
        assertEquals(Set.of("AU>apt40>CN:REPORTED"), Outcome.attributions(ko));
        assertEquals(Set.of("CN>apt40"), Outcome.denials(ko));
    }

    @Test
    void aStateWithItsSubjectParticleAccusesInANestedClause() {
        StatementAnalyzed ko = analyse("北 \"美 해킹 주장은 날조\"\n\n북한 외무성 대변인은 미국이 북한 해킹조직 김수키를 국방 분야 "
                + "해킹의 배후로 지목한 데 대해 \"날조된 모략\"이라고 주장했다.", "연합뉴스", "ko");
        assertEquals("KP", ko.speaker().code());
        assertEquals(Set.of("US>kimsuky>KP:REPORTED"), Outcome.attributions(ko));
        assertEquals(Set.of("KP>kimsuky"), Outcome.denials(ko));
    }

    @Test
    void aForeignMinisterWhoCondemnsAttributesNotTheSpeaker() {
        StatementAnalyzed ko = analyse("러시아 외무부 \"영국의 주장은 날조\"\n\n러시아 외무부는 영국 정부의 발표를 "
                + "\"근거 없는 비방\"이라고 반박했다.\n\n앞서 영국 외무장관은 일본을 방문한 자리에서 \"러시아의 사이버 공격을 "
                + "강력히 규탄한다\"며 대응 조치를 예고했다.", "한국일보", "ko");
        assertEquals("RU", ko.speaker().code());
        assertEquals(Set.of("GB>null>RU:REPORTED"), Outcome.attributions(ko));
        assertEquals(Set.of("GB>RU"), Outcome.condemnations(ko));
    }

    @Test
    void aMemberOfACriminalGroupIsAccusedWithoutTheStateOfHisNationality() {
        StatementAnalyzed ja = analyse("警察庁は5日、ランサムウェア集団「LockBit」の構成員として国内の病院へのサイバー攻撃に関わった"
                + "として、ロシア国籍の男を国際手配したと発表した。", "時事通信", "ja");
        assertEquals("JP", ja.speaker().code());
        assertEquals(Set.of("JP>null>null:OWN"), Outcome.attributions(ja).stream()
                .map(s -> s.replaceFirst(">[^>]*>", ">null>")).collect(java.util.stream.Collectors.toSet()));
    }
}
