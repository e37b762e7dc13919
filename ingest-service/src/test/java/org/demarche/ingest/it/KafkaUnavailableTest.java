package org.demarche.ingest.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.demarche.contracts.Topics;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With a producer that never gets an acknowledgement, the timeout turns into a 503 and the statement waits. */
@QuarkusTest
@TestProfile(UnreachableKafkaProfile.class)
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_ingest"))
class KafkaUnavailableTest {

    @Test
    void anUnacknowledgedStatementIsA503AndStaysStoredAsPending() {
        String text = StatementSubmissionTest.unique("Canada joins allies in attributing the campaign to APT31.");
        Map<String, String> body = Map.of("text", text, "publisher", "Global Affairs Canada");

        try (TopicReader topic = new TopicReader(Topics.STATEMENTS_RAW)) {
            String detail = given().contentType(ContentType.JSON).body(body).post("/statements")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:demarche:problem:publish-unavailable"))
                    .extract().path("detail");
            Matcher id = Pattern.compile("st_[0-9a-f]{32}").matcher(detail);
            assertTrue(id.find(), detail);

            given().get("/statements/{id}", id.group()).then().statusCode(200)
                    .body("text", equalTo(text))
                    .body("status", equalTo("pending"));

            // a retry while the broker is still unreachable: the same statement, still a 503, still one row
            given().contentType(ContentType.JSON).body(body).post("/statements").then().statusCode(503);
            assertEquals(1, given().get("/statements?limit=500").jsonPath()
                    .getList("items.findAll { it.contentHash == '" + contentHash(id.group()) + "' }").size());
            assertTrue(topic.readToEnd(id.group()).isEmpty());
        }
    }

    private static String contentHash(String id) {
        return given().get("/statements/{id}", id).path("contentHash");
    }
}
