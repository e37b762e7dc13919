package org.demarche.ingest.it;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_ingest"))
class StatementQueryTest {

    @Test
    void aStatementReadsBackAsItWasAccepted() {
        String text = StatementSubmissionTest.unique("Sweden attributes the intrusion to Sandworm.");
        Map<String, Object> accepted = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publisher", "  Government Offices of Sweden ",
                        "url", "https://www.government.se/x", "language", "sv"))
                .post("/statements").then().statusCode(202).extract().as(Map.class);

        given().get("/statements/{id}", accepted.get("id")).then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(accepted.get("id")))
                .body("text", equalTo(text))
                .body("publisher", equalTo("Government Offices of Sweden"))
                .body("url", equalTo("https://www.government.se/x"))
                .body("publishedAt", nullValue())
                .body("language", equalTo("sv"))
                .body("receivedAt", equalTo(accepted.get("receivedAt")))
                .body("status", equalTo("published"))
                .body("contentHash", equalTo(accepted.get("contentHash")));
    }

    @Test
    void theListingPagesInArrivalOrder() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(given().contentType(ContentType.TEXT)
                    .body(StatementSubmissionTest.unique("Paging statement " + i))
                    .post("/statements").then().statusCode(202).extract().path("id"));
        }

        List<String> listed = new ArrayList<>();
        String after = null;
        do {
            var request = given().queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get("/statements").then().statusCode(200)
                    .body("items", hasSize(org.hamcrest.Matchers.lessThanOrEqualTo(2)))
                    .extract().jsonPath();
            listed.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
        } while (after != null);

        assertEquals(listed.stream().sorted().toList(), listed);
        assertEquals(listed.stream().distinct().count(), listed.size());
        assertTrue(listed.containsAll(submitted));
        assertEquals(submitted, listed.stream().filter(submitted::contains).toList());
        assertNotEquals(0, listed.size());
    }

    @Test
    void readinessIncludesKafkaAndTheDatabase() {
        // ready only once the start-up warm-up is done, which may still run when this test starts
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(matchesPattern("(?i).*kafka.*")))
                .body("checks.name", hasItem(matchesPattern("(?i).*(database|datasource).*"))));
    }
}
