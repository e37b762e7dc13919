package org.demarche.ingest.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class SubmissionReaderTest {

    private final SubmissionReader reader = new SubmissionReader(new ObjectMapper());

    @Test
    void readsEveryFieldAndIgnoresUnknownOnes() {
        StatementSubmission submission = reader.fromJson(utf8("""
                {"text": "Déclaration", "publisher": "MEAE", "url": "https://x.fr", "publishedAt": "2024-07-09",
                 "language": "fr", "tags": ["ignored"]}"""));

        assertEquals(new StatementSubmission("Déclaration", "MEAE", "https://x.fr", "2024-07-09", "fr"), submission);
    }

    @Test
    void nullAndMissingFieldsAreAbsent() {
        assertEquals(new StatementSubmission(null, null, null, null, null),
                reader.fromJson(utf8("{\"publisher\": null}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"text\": \"a\"} {}", "[\"text\"]", "\"text\"", "null", "{text: \"a\"}"})
    void malformedOrNonObjectJsonIsAnInvalidRequest(String body) {
        assertProblem(ProblemType.INVALID_REQUEST, () -> reader.fromJson(utf8(body)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"text\": 42}", "{\"text\": [\"a\"]}", "{\"text\": \"a\", \"publisher\": {}}",
            "{\"text\": \"a\", \"language\": true}"})
    void fieldsOfTheWrongTypeAreAnInvalidRequest(String body) {
        ProblemException problem = assertProblem(ProblemType.INVALID_REQUEST, () -> reader.fromJson(utf8(body)));
        assertFalse(problem.getMessage().contains("com.fasterxml"));
    }

    @Test
    void invalidUtf8InJsonIsAnInvalidRequest() {
        byte[] body = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertProblem(ProblemType.INVALID_REQUEST, () -> reader.fromJson(body));
    }

    @Test
    void plainTextIsUtf8ByDefaultWithoutItsByteOrderMark() {
        StatementSubmission submission = reader.fromPlainText(utf8("\uFEFFΑνακοίνωση"), null, "MFA", null, null,
                "el");
        assertEquals(new StatementSubmission("Ανακοίνωση", "MFA", null, null, "el"), submission);
    }

    @Test
    void plainTextHonoursItsCharset() {
        byte[] latin1 = "Déclaration".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("Déclaration", reader.fromPlainText(latin1, "ISO-8859-1", null, null, null, null).text());
    }

    @Test
    void invalidUtf8PlainTextIsAnInvalidRequest() {
        byte[] body = {'a', (byte) 0xFF, 'b'};
        assertProblem(ProblemType.INVALID_REQUEST, () -> reader.fromPlainText(body, "utf-8", null, null, null, null));
    }

    @Test
    void anUnknownCharsetIsUnsupported() {
        ProblemException problem = assertProblem(ProblemType.UNSUPPORTED_CHARSET,
                () -> reader.fromPlainText(utf8("a"), "klingon-8", null, null, null, null));
        assertEquals(415, problem.problem().status());
    }

    @Test
    void emptyPlainTextReadsAsEmptyTextForTheRulesToRefuse() {
        assertNull(blankToNull(reader.fromPlainText(new byte[0], null, null, null, null, null).text()));
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static ProblemException assertProblem(ProblemType expected, org.junit.jupiter.api.function.Executable call) {
        ProblemException problem = assertThrows(ProblemException.class, call);
        assertEquals(expected, problem.problem());
        return problem;
    }
}
