package org.demarche.alert.subscription;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
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

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_alert"))
class SubscriptionResourceTest {

    private static final String PROBLEM = "application/problem+json";

    private static Map<String, Object> request(String name, String url, Map<String, Object> filter) {
        return Map.of("name", name, "webhookUrl", url, "filter", filter);
    }

    @Test
    void createsReadsListsAndDeletesASubscription() {
        String location = given().contentType(ContentType.JSON)
                .body(request("SOC", "http://127.0.0.1:9/hook", Map.of(
                        "groups", List.of("Leviathan", "Velvet Ant 2"),
                        "attributors", List.of("AU", "NATO"),
                        "sponsors", List.of("CN"),
                        "kinds", List.of("ATTRIBUTION"))))
                .when().post("/subscriptions")
                .then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("id", notNullValue())
                .body("name", equalTo("SOC"))
                .body("webhookUrl", equalTo("http://127.0.0.1:9/hook"))
                .body("filter.groups", contains("Leviathan", "Velvet Ant 2"))
                .body("filter.attributors", contains("AU", "NATO"))
                .body("filter.sponsors", contains("CN"))
                .body("filter.kinds", contains("ATTRIBUTION"))
                .body("filter.resolvedGroups[0].groupId", equalTo("apt40"))
                .body("filter.resolvedGroups[1].groupId", nullValue())
                .body("filter.resolvedGroups[1].key", equalTo("velvetant2"))
                .body("secret", matchesPattern("whsec_[A-Za-z0-9+/]+=*"))
                .body("createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertTrue(location.matches("http://[^/]+/subscriptions/" + id), location);

        String secret = given().get("/subscriptions").then().extract().path("find { it.id == '" + id + "' }.secret");
        assertEquals(null, secret);
        given().get(location).then().statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo("SOC"))
                .body("filter.groups", contains("Leviathan", "Velvet Ant 2"))
                .body("secret", nullValue());
        given().get("/subscriptions").then().statusCode(200).body("id", hasItem(id));

        given().delete(location).then().statusCode(204);
        given().get(location).then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("instance", endsWith(id));
        given().delete(location).then().statusCode(404).contentType(PROBLEM);
        given().get("/subscriptions").then().body("id", not(hasItem(id)));
    }

    @Test
    void theSecretIsA32ByteKey() {
        var created = given().contentType(ContentType.JSON)
                .body(Map.of("name", "key", "webhookUrl", "http://localhost:9/hook"))
                .post("/subscriptions").then().statusCode(201).extract();
        given().delete("/subscriptions/" + created.path("id")).then().statusCode(204);
        String secret = created.path("secret");
        assertEquals(32, Base64.getDecoder().decode(secret.substring("whsec_".length())).length);
    }

    @Test
    void listsEveryProblemOfAnInvalidRequest() {
        given().contentType(ContentType.JSON)
                .body(request("", "http://10.0.0.1/hook", Map.of(
                        "attributors", List.of("XX"), "kinds", List.of("PRAISE"))))
                .when().post("/subscriptions")
                .then().statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("urn:demarche:problem:invalid-request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/subscriptions"))
                .body("errors", hasSize(4))
                .body("errors", hasItem("name: is required"))
                .body("errors", hasItem(containsString("webhookUrl: host 10.0.0.1 resolves to a loopback")))
                .body("errors", hasItem(containsString("filter.attributors[0]: 'XX'")))
                .body("errors", hasItem(containsString("filter.kinds[0]: 'PRAISE'")));
    }

    @Test
    void malformedOrMistypedBodiesAreProblems() {
        given().contentType(ContentType.JSON).body("{\"name\": \"x\",").post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("title", equalTo("Malformed request body"));
        given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"filter\": {\"groups\": 5}}")
                .post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM).body("detail", containsString("/filter/groups"));
        given().contentType(ContentType.JSON).body("").post("/subscriptions")
                .then().statusCode(400).contentType(PROBLEM);
        given().contentType(ContentType.TEXT).body("name=x").post("/subscriptions")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
        given().contentType(ContentType.JSON).body("{}").put("/subscriptions")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405));
        given().get("/nowhere").then().statusCode(404).contentType(PROBLEM);
        given().get("/subscriptions/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void readinessCoversKafkaAndTheDatabase() {
        // ready only once the start-up warm-up is done, which may still run when this test starts
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Kafka")))
                .body("checks.name", hasItem(containsString("Database"))));
    }
}
