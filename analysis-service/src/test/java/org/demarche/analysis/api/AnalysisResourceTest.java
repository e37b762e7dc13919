package org.demarche.analysis.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.infra.testing.KafkaTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
class AnalysisResourceTest {

    private static final int MAX_TEXT_BYTES = 256 * 1024;

    private final EventCodec codec = new EventCodec();

    @Test
    void answersWithAStatementAnalyzedThatSatisfiesTheSchema() {
        String body = post("""
                {"text": "The Government of Japan strongly condemns the cyber activity of APT40.",
                 "publisher": "Ministry of Foreign Affairs of Japan", "publishedAt": "2021-07-19",
                 "url": "https://www.mofa.go.jp/example", "language": "en-GB"}""")
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("analyzedAt", notNullValue())
                .extract().asString();

        // decode validates against statement-analyzed.v1.schema.json, including date-time formats
        StatementAnalyzed analysis = codec.decode(EventSchema.STATEMENT_ANALYZED, body);
        assertNull(analysis.statementId());
        assertEquals("en", analysis.language());
        assertFalse(analysis.analyzerVersion().isBlank());
        assertEquals("Ministry of Foreign Affairs of Japan", analysis.publisher());
        assertEquals("2021-07-19", analysis.publishedAt());
        assertEquals("https://www.mofa.go.jp/example", analysis.url());
        assertNull(analysis.receivedAt());
        assertNotNull(analysis.analyzedAt());
        assertNotNull(analysis.speaker());
    }

    @Test
    void echoesTheStatementIdTheCallerGave() {
        String body = post("{\"text\": \"Sandworm attacked the grid.\", \"statementId\": \"caller-42\"}")
                .statusCode(200)
                .extract().asString();

        assertEquals("caller-42", codec.decode(EventSchema.STATEMENT_ANALYZED, body).statementId());
    }

    @Test
    void analysesTextInEveryScriptWithoutALanguage() {
        for (String text : new String[] {"日本政府はAPT10の活動を非難する。", "김수키의 공격을 규탄한다.",
                "外交部发言人表示反对抹黑。", "Группировка Sandworm атаковала энергетику."}) {
            String body = post("{\"text\": \"" + text + "\"}").statusCode(200).extract().asString();
            codec.decode(EventSchema.STATEMENT_ANALYZED, body);
        }
    }

    @Test
    void rejectsBlankText() {
        assertProblem(post("{\"text\": \"   \"}"), 400, "urn:demarche:problem:blank-text");
        assertProblem(post("{\"publisher\": \"MOFA\"}"), 400, "urn:demarche:problem:blank-text");
    }

    @Test
    void rejectsTextOver256KiB() {
        String text = "a".repeat(MAX_TEXT_BYTES + 1);
        assertProblem(post("{\"text\": \"" + text + "\"}"), 413, "urn:demarche:problem:text-too-large");
    }

    @Test
    void acceptsTextOfExactly256KiB() {
        String text = "a ".repeat(MAX_TEXT_BYTES / 2);
        post("{\"text\": \"" + text + "\"}").statusCode(200);
    }

    @Test
    void rejectsMalformedJson() {
        assertProblem(post("{\"text\": \"APT40"), 400, "urn:demarche:problem:malformed-json");
        assertProblem(post("[\"APT40\"]"), 400, "urn:demarche:problem:malformed-json");
        assertProblem(post(""), 400, "urn:demarche:problem:malformed-json");
    }

    @Test
    void rejectsAWrongMediaType() {
        assertProblem(given().contentType("text/plain").body("APT40 did it".getBytes(StandardCharsets.UTF_8))
                .when().post("/analysis").then(), 415, "about:blank");
    }

    @Test
    void rejectsABadLanguageTag() {
        assertProblem(post("{\"text\": \"APT40\", \"language\": \"english\"}"), 400,
                "urn:demarche:problem:invalid-language");
        assertProblem(post("{\"text\": \"APT40\", \"language\": \"en_GB\"}"), 400,
                "urn:demarche:problem:invalid-language");
    }

    @Test
    void answersAWrongMethodWithAProblemToo() {
        assertProblem(given().when().get("/analysis").then(), 405, "about:blank");
    }

    private static ValidatableResponse post(String json) {
        return given().contentType("application/json").body(json.getBytes(StandardCharsets.UTF_8))
                .when().post("/analysis").then();
    }

    private static void assertProblem(ValidatableResponse response, int status, String type) {
        response.statusCode(status)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("type", equalTo(type))
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", equalTo("/analysis"))
                .body(not(containsString("\tat ")))
                .body(not(containsString("Exception")));
    }
}
