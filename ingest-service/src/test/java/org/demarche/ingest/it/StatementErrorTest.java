package org.demarche.ingest.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.demarche.contracts.Topics;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.demarche.ingest.statement.StatementEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every refused request is problem+json with the right status, and leaves nothing stored or published. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_ingest"))
class StatementErrorTest {

    private static final String JSON = "application/json";
    private static final String PLAIN = "text/plain; charset=UTF-8";
    private static final String PROBLEM = "application/problem+json";
    private static final int MAX_TEXT_BYTES = 262144;

    private TopicReader topic;
    private long rowsBefore;

    @BeforeEach
    void snapshot() {
        topic = new TopicReader(Topics.STATEMENTS_RAW);
        rowsBefore = rows();
    }

    @AfterEach
    void closeTopic() {
        topic.close();
    }

    static Stream<Arguments> refusedSubmissions() {
        byte[] invalidUtf8Json = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        return Stream.of(
                Arguments.of("empty text", JSON, utf8("{\"text\": \"\"}"), 400),
                Arguments.of("blank text", JSON, utf8("{\"text\": \" \\n\\t \"}"), 400),
                Arguments.of("no text", JSON, utf8("{\"publisher\": \"MOFA\"}"), 400),
                Arguments.of("empty plain text", PLAIN, new byte[0], 400),
                Arguments.of("text over the limit", JSON,
                        utf8("{\"text\": \"" + "a".repeat(MAX_TEXT_BYTES + 1) + "\"}"), 413),
                Arguments.of("plain text over the limit", PLAIN, utf8("é".repeat(MAX_TEXT_BYTES / 2) + "x"), 413),
                Arguments.of("malformed JSON", JSON, utf8("{\"text\": \"a\""), 400),
                Arguments.of("empty JSON body", JSON, new byte[0], 400),
                Arguments.of("JSON array", JSON, utf8("[{\"text\": \"a\"}]"), 400),
                Arguments.of("invalid UTF-8 in JSON", JSON, invalidUtf8Json, 400),
                Arguments.of("invalid UTF-8 plain text", PLAIN, new byte[] {'a', (byte) 0xFF, 'b'}, 400),
                Arguments.of("text not a string", JSON, utf8("{\"text\": 12}"), 400),
                Arguments.of("publisher not a string", JSON, utf8("{\"text\": \"a\", \"publisher\": [\"x\"]}"), 400),
                Arguments.of("relative url", JSON, utf8("{\"text\": \"a\", \"url\": \"/news/1\"}"), 400),
                Arguments.of("ftp url", JSON, utf8("{\"text\": \"a\", \"url\": \"ftp://gov.example/1\"}"), 400),
                Arguments.of("bad publishedAt", JSON, utf8("{\"text\": \"a\", \"publishedAt\": \"09/07/2024\"}"), 400),
                Arguments.of("bad language", JSON, utf8("{\"text\": \"a\", \"language\": \"english\"}"), 400),
                Arguments.of("NUL in text", JSON, utf8("{\"text\": \"a\\u0000b\"}"), 400),
                Arguments.of("unsupported media type", "application/xml", utf8("<text>a</text>"), 415),
                Arguments.of("unknown charset", "text/plain; charset=klingon", utf8("a"), 415));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("refusedSubmissions")
    void isRefusedAsAProblemAndLeavesNoTrace(String caseName, String contentType, byte[] body, int status) {
        given().contentType(contentType).body(body).post("/statements")
                .then().statusCode(status)
                .contentType(PROBLEM)
                .body("status", equalTo(status))
                .body("title", notNullValue())
                .body("type", notNullValue())
                .body("instance", equalTo("/statements"))
                .body(not(containsString("Exception")));

        assertTrue(topic.readToEnd().isEmpty(), caseName + " published something");
        assertEquals(rowsBefore, rows(), caseName + " stored something");
    }

    @Test
    void plainTextQueryParametersAreValidatedToo() {
        given().contentType(PLAIN).queryParam("url", "not a url").body(utf8("A statement."))
                .post("/statements")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:demarche:problem:invalid-field"));
        assertTrue(topic.readToEnd().isEmpty());
        assertEquals(rowsBefore, rows());
    }

    @Test
    void anUnknownStatementIsA404Problem() {
        problem(given().get("/statements/st_00000000000000000000000000000000"), 404)
                .body("type", equalTo("urn:demarche:problem:statement-not-found"));
    }

    @Test
    void frameworkErrorsAreProblemsToo() {
        problem(given().get("/no-such-resource"), 404);
        problem(given().contentType(JSON).body("{}").put("/statements"), 405);
        problem(given().get("/statements?limit=many"), 400);
        problem(given().get("/statements?limit=0"), 400);
    }

    private static ValidatableResponse problem(io.restassured.response.Response response, int status) {
        return response.then().statusCode(status).contentType(PROBLEM).body("status", equalTo(status));
    }

    private static long rows() {
        return QuarkusTransaction.requiringNew().call(() -> StatementEntity.count());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
