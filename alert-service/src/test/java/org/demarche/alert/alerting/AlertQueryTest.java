package org.demarche.alert.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.alert.TestKafka;
import org.demarche.alert.TestStatements;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_alert"))
class AlertQueryTest {

    private static final Duration PIPELINE = Duration.ofSeconds(15);

    private static ValidatableResponse alerts(String... params) {
        var request = given().queryParam("limit", 500);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam(params[i], params[i + 1]);
        }
        return request.get("/alerts").then().statusCode(200);
    }

    private static List<String> statementIds(String... params) {
        return alerts(params).extract().path("statementId");
    }

    @Test
    void filtersByAliasAwareGroupAttributorSponsorAndSince() {
        String apt40 = "st-" + UUID.randomUUID();
        String other = "st-" + UUID.randomUUID();
        String group = "Query Crew " + UUID.randomUUID();
        TestKafka.publish(TestStatements.apt40ByAustralia(apt40));
        TestKafka.publish(TestStatements.unknownGroup(other, "NZ", group));
        await().atMost(PIPELINE).until(() -> statementIds().containsAll(List.of(apt40, other)));

        assertTrue(statementIds("group", "Leviathan").contains(apt40));
        assertTrue(statementIds("group", "kryptonite-panda").contains(apt40));
        assertFalse(statementIds("group", "Leviathan").contains(other));
        assertEquals(List.of(other), statementIds("group", group.toLowerCase().replace(' ', '-')));
        assertTrue(statementIds("attributor", "NZ").contains(other));
        assertFalse(statementIds("attributor", "NZ").contains(apt40));
        assertTrue(statementIds("sponsor", "CN").contains(apt40));
        assertFalse(statementIds("sponsor", "CN").contains(other));
        assertEquals(List.of(other), statementIds("group", group, "attributor", "NZ"));
        assertEquals(List.of(), statementIds("group", group, "attributor", "AU"));

        String otherCreatedAt = alerts("group", group).extract().path("[0].createdAt");
        assertEquals(List.of(other), statementIds("group", group, "since", otherCreatedAt));
        assertEquals(List.of(), statementIds("group", group, "since",
                Instant.parse(otherCreatedAt).plusNanos(1000).toString()));
    }

    @Test
    void newestFirstAndLimited() {
        String first = "st-" + UUID.randomUUID();
        String second = "st-" + UUID.randomUUID();
        String group = "Order Crew " + UUID.randomUUID();
        TestKafka.publish(TestStatements.unknownGroup(first, "GB", group));
        TestKafka.publish(TestStatements.unknownGroup(second, "GB", group));
        await().atMost(PIPELINE).until(() -> statementIds("group", group).size() == 2);

        assertEquals(List.of(second, first), statementIds("group", group));
        given().queryParam("group", group).queryParam("limit", 1).get("/alerts").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].statementId", equalTo(second));
        List<String> createdAt = alerts().extract().path("createdAt");
        for (int i = 1; i < createdAt.size(); i++) {
            assertFalse(Instant.parse(createdAt.get(i)).isAfter(Instant.parse(createdAt.get(i - 1))));
        }
    }

    @Test
    void badParametersAreProblems() {
        given().queryParam("since", "last week").queryParam("limit", "0").queryParam("attributor", "au")
                .get("/alerts").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(3))
                .body("errors", hasItem(containsString("since:")))
                .body("errors", hasItem(containsString("limit:")))
                .body("errors", hasItem(containsString("attributor:")));
        given().get("/alerts/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/alerts/nope").then().statusCode(404).body("status", equalTo(404))
                .body("title", not(equalTo("")));
    }
}
