package org.demarche.analysis.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.demarche.analysis.StatementInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;

class AnalysisRequestReaderTest {

    private static final int MAX_TEXT_BYTES = 16;

    private final AnalysisRequestReader reader = new AnalysisRequestReader(new ObjectMapper(), MAX_TEXT_BYTES);

    @Test
    void keepsEveryFieldTheCallerGave() {
        StatementInput input = read("""
                {"text": "APT40 named", "publisher": "MOFA", "publishedAt": "2021-07-19",
                 "url": "https://example.org/s", "language": "ja", "statementId": "s-1"}""");

        assertEquals(new StatementInput("s-1", "APT40 named", "MOFA", "https://example.org/s", "2021-07-19", "ja",
                null), input);
    }

    @Test
    void leavesMissingMetadataNullAndIgnoresUnknownFields() {
        StatementInput input = read("{\"text\": \"APT40 named\", \"colour\": \"blue\"}");

        assertEquals(StatementInput.ofText("APT40 named"), input);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pt-BR", "PT", " pt ", "pt-Latn-BR"})
    void keepsThePrimaryLanguageOfAWellFormedTag(String tag) {
        assertEquals("pt", read("{\"text\": \"x\", \"language\": \"" + tag + "\"}").language());
    }

    @Test
    void acceptsAThreeLetterLanguage() {
        assertEquals("yue", read("{\"text\": \"x\", \"language\": \"yue-HK\"}").language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "english", "e1", "en_US", "x-private", "12"})
    void rejectsWhatIsNotALanguageTag(String tag) {
        assertProblem(ProblemType.INVALID_LANGUAGE, "{\"text\": \"x\", \"language\": \"" + tag + "\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"text\": null}", "{\"text\": \"\"}", "{\"text\": \" \\n\\t \"}"})
    void rejectsMissingOrBlankText(String body) {
        assertProblem(ProblemType.BLANK_TEXT, body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "\"text\"", "{\"text\": ", "{\"text\": {\"a\": 1}}", "<text/>"})
    void rejectsWhatIsNotTheExpectedJsonObject(String body) {
        assertProblem(ProblemType.MALFORMED_JSON, body);
    }

    @Test
    void measuresTheTextLimitInUtf8Bytes() {
        String eightTwoByteChars = "éééééééé";
        assertEquals(eightTwoByteChars, read("{\"text\": \"" + eightTwoByteChars + "\"}").text());

        assertProblem(ProblemType.TEXT_TOO_LARGE, "{\"text\": \"" + eightTwoByteChars + "a\"}");
    }

    private StatementInput read(String body) {
        return reader.read(body.getBytes(StandardCharsets.UTF_8));
    }

    private void assertProblem(ProblemType expected, String body) {
        InvalidAnalysisRequestException e = assertThrows(InvalidAnalysisRequestException.class, () -> read(body));
        assertEquals(expected, e.problem(), e.getMessage());
    }

    @Test
    void readsNoBodyAsMalformed() {
        InvalidAnalysisRequestException e = assertThrows(InvalidAnalysisRequestException.class,
                () -> reader.read(null));
        assertEquals(ProblemType.MALFORMED_JSON, e.problem());
        assertNull(e.getCause());
    }
}
