package org.demarche.analysis.rules;

import static org.demarche.analysis.AnalyzerFixture.ANALYZER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.demarche.analysis.AnalyzerFixture;
import org.demarche.contracts.StatementAnalyzed;
import org.junit.jupiter.api.Test;

class RedundantTagsTest {

    private static final String NCSC = "National Cyber Security Centre";

    private static StatementAnalyzed analyze(String text) {
        return ANALYZER.analyze(AnalyzerFixture.statement(text, NCSC, "en"));
    }

    private static List<String> attributions(StatementAnalyzed result) {
        return result.attributions().stream()
                .map(a -> a.attributor() + "|" + a.group() + "|" + a.sponsor()).sorted().toList();
    }

    private static List<String> denials(StatementAnalyzed result) {
        return result.denials().stream().map(d -> d.denier() + "|" + d.group()).sorted().toList();
    }

    @Test
    void leadWithoutGroupIsDroppedWhenTheGroupIsNamedLaterWithTheSameSponsor() {
        StatementAnalyzed result = analyze("The United Kingdom attributes this campaign to Russia. "
                + "The NCSC assesses that APT28 is sponsored by Russia.");
        assertEquals(List.of("GB|APT28|RU"), attributions(result));
    }

    @Test
    void leadWithAnotherSponsorStays() {
        StatementAnalyzed result = analyze("The United Kingdom attributes this campaign to Iran. "
                + "The NCSC assesses that APT28 is sponsored by Russia.");
        assertEquals(List.of("GB|APT28|RU", "GB|null|IR"), attributions(result));
    }

    @Test
    void denialWithoutGroupIsDroppedNextToTheSameDeniersDenialOfAGroup() {
        StatementAnalyzed result = analyze("The NCSC assesses that APT28 is sponsored by Russia. "
                + "Russia rejected the accusations as groundless. Russia denied any link to APT28.");
        assertEquals(List.of("RU|APT28"), denials(result));
    }

    @Test
    void aStateDenyingAGroupNobodyGaveASponsorStillDenies() {
        StatementAnalyzed result = analyze("The NCSC assesses that APT41 is behind the intrusions. "
                + "China rejected the groundless accusations about APT41.");
        assertEquals(List.of("CN|APT41"), denials(result));
    }

    @Test
    void aGroupIntroducedRightAfterItsSponsorGetsThatSponsor() {
        StatementAnalyzed result = analyze("The NCSC assesses that GRU unit 29155 is responsible for these attacks. "
                + "The unit is also known as Ember Bear.");
        assertEquals(List.of("GB|Ember Bear|RU"), attributions(result));
    }

    @Test
    void aGroupTwoSentencesLaterIsNotGivenTheSponsor() {
        StatementAnalyzed result = analyze("The NCSC assesses that GRU unit 29155 is responsible for these attacks. "
                + "The ministries were warned in March. Ember Bear has targeted ministries before.");
        assertEquals(List.of("GB|null|RU"), attributions(result));
    }
}
