package org.demarche.ingest.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StatementRulesTest {

    private static final int MAX_TEXT_BYTES = 12;

    private final StatementRules rules = new StatementRules(new StatementLimits(MAX_TEXT_BYTES, 10, 40));

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void blankTextIsRefused(String text) {
        assertProblem(ProblemType.BLANK_TEXT, new StatementSubmission(text, null, null, null, null));
    }

    @Test
    void missingTextIsRefused() {
        assertProblem(ProblemType.BLANK_TEXT, new StatementSubmission(null, "p", null, null, null));
    }

    @Test
    void theTextLimitCountsUtf8Bytes() {
        // four characters of three bytes each: exactly the limit
        assertEquals("日本政府発", rules.validate(text("日本政府")).text() + "発");
        ProblemException tooLarge = assertProblem(ProblemType.TEXT_TOO_LARGE, text("日本政府x"));
        assertEquals(413, tooLarge.problem().status());
        // a supplementary character is four bytes, not two chars of three
        rules.validate(text("😀😀😀"));
        assertProblem(ProblemType.TEXT_TOO_LARGE, text("😀😀😀a"));
    }

    @Test
    void textThatCannotBeStoredFaithfullyIsRefused() {
        assertProblem(ProblemType.INVALID_FIELD, text("a\u0000b"));
        assertProblem(ProblemType.INVALID_FIELD, text("a\ud800b"));
        assertProblem(ProblemType.INVALID_FIELD, text("ab\udc00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.gov.uk/x?y=1", "http://example.org", "HTTPS://Example.org/a#b"})
    void webUrlsAreAccepted(String url) {
        assertEquals(url, rules.validate(new StatementSubmission("t", null, " " + url + " ", null, null)).url());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/relative/path", "ftp://example.org/file", "mailto:press@example.org", "https://",
            "not a url", "javascript:alert(1)", "https://example.org/this-one-is-longer-than-forty"})
    void otherUrlsAreRefused(String url) {
        assertProblem(ProblemType.INVALID_FIELD, new StatementSubmission("t", null, url, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-07-09", "2024-07-09T10:15:30Z", "2024-07-09T10:15:30+02:00", "2024-07-09T10:15",
            "2024-07-09T10:15:30.5+01:00[Europe/London]"})
    void isoDatesAndDateTimesAreAccepted(String publishedAt) {
        assertEquals(publishedAt, rules.validate(new StatementSubmission("t", null, null, publishedAt, null))
                .publishedAt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"09/07/2024", "2024-13-01", "2024-02-30", "yesterday", "2024-07-09 10:15", "1720519200"})
    void otherPublicationDatesAreRefused(String publishedAt) {
        assertProblem(ProblemType.INVALID_FIELD, new StatementSubmission("t", null, null, publishedAt, null));
    }

    @Test
    void languagesAreTwoOrThreeLettersAndLowerCased() {
        assertEquals("fr", rules.validate(new StatementSubmission("t", null, null, null, "FR")).language());
        assertEquals("fil", rules.validate(new StatementSubmission("t", null, null, null, "fil")).language());
        for (String bad : new String[] {"f", "fren", "en-GB", "e1", "ру"}) {
            assertProblem(ProblemType.INVALID_FIELD, new StatementSubmission("t", null, null, null, bad));
        }
    }

    @Test
    void blankOptionalFieldsAreAbsentAndPublisherIsStripped() {
        ValidatedStatement statement = rules.validate(new StatementSubmission("t", "  MOFA  ", " ", "", "\t"));
        assertEquals("MOFA", statement.publisher());
        assertNull(statement.url());
        assertNull(statement.publishedAt());
        assertNull(statement.language());
    }

    @Test
    void publishersOverTheLimitAreRefused() {
        assertProblem(ProblemType.INVALID_FIELD, new StatementSubmission("t", "Ministry of X", null, null, null));
    }

    private static StatementSubmission text(String text) {
        return new StatementSubmission(text, null, null, null, null);
    }

    private ProblemException assertProblem(ProblemType expected, StatementSubmission submission) {
        ProblemException problem = assertThrows(ProblemException.class, () -> rules.validate(submission));
        assertEquals(expected, problem.problem());
        return problem;
    }
}
