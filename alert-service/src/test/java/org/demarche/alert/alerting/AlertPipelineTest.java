package org.demarche.alert.alerting;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.demarche.alert.Subscriptions;
import org.demarche.alert.TestKafka;
import org.demarche.alert.TestStatements;
import org.demarche.alert.WebhookReceiver;
import org.demarche.contracts.Topics;
import org.jboss.logging.Logger;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_alert"))
class AlertPipelineTest {

    private static final Logger LOG = Logger.getLogger(AlertPipelineTest.class);
    private static final Duration PIPELINE = Duration.ofSeconds(15);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Subscriptions subscriptions = new Subscriptions();

    @AfterEach
    void deleteSubscriptions() {
        subscriptions.deleteAll();
    }

    private static String newStatementId() {
        return "st-" + UUID.randomUUID();
    }

    /** The alerts of one statement, via the API. */
    private static List<String> alertIdsOf(String statementId, String groupQuery) {
        List<Map<String, Object>> alerts = given().queryParam("group", groupQuery).queryParam("limit", 500)
                .get("/alerts").then().statusCode(200).extract().path("");
        return alerts.stream().filter(a -> statementId.equals(a.get("statementId")))
                .map(a -> (String) a.get("id")).toList();
    }

    /** Publishes a statement behind the others on partition 0 and waits until it has been alerted on. */
    private static void publishMarkerAndAwaitIt() {
        String markerId = newStatementId();
        String markerGroup = "Marker " + UUID.randomUUID();
        TestKafka.publish(TestStatements.unknownGroup(markerId, "NZ", markerGroup));
        await().atMost(PIPELINE).until(() -> alertIdsOf(markerId, markerGroup).size() == 1);
    }

    private static String expectedSignature(String secret, WebhookReceiver.Request request) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String signed = request.header("webhook-id") + "." + request.header("webhook-timestamp") + "."
                + request.body();
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aLeviathanSubscriberGetsOneSignedAlertNamingApt40AndOthersNothing() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start();
                WebhookReceiver bystander = WebhookReceiver.start()) {
            Subscriptions.Created leviathan = subscriptions.create("Leviathan watch", receiver.url(),
                    Map.of("groups", List.of("Leviathan")));
            Subscriptions.Created sandworm = subscriptions.create("Sandworm watch", bystander.url(),
                    Map.of("groups", List.of("Sandworm")));
            Subscriptions.Created nzOnly = subscriptions.create("NZ statements", bystander.url(),
                    Map.of("attributors", List.of("NZ")));
            String statementId = newStatementId();
            publishMarkerAndAwaitIt(); // the consumer has its partitions: the latency logged below is the pipeline's

            TestKafka.publish(TestStatements.apt40ByAustralia(statementId));
            await().atMost(PIPELINE).pollInterval(Duration.ofMillis(10))
                    .until(() -> receiver.requestsFor(statementId).size() == 1);
            LOG.infof("webhook received %d ms after the broker acknowledged the record", Duration.between(
                    TestKafka.lastPublishedAt(), receiver.requestsFor(statementId).get(0).receivedAt()).toMillis());

            WebhookReceiver.Request webhook = receiver.requestsFor(statementId).get(0);
            assertEquals(expectedSignature(leviathan.secret(), webhook), webhook.header("webhook-signature"));
            long timestamp = Long.parseLong(webhook.header("webhook-timestamp"));
            assertTrue(Math.abs(Instant.now().getEpochSecond() - timestamp) < 60, "timestamp " + timestamp);
            JsonNode alert = JSON.readTree(webhook.body());
            assertEquals("demarche.alert.naming.v1", alert.get("type").asText());
            assertEquals(statementId, alert.get("statementId").asText());
            assertEquals("APT40", alert.get("group").asText());
            assertEquals("apt40", alert.get("groupId").asText());
            assertEquals("AU", alert.get("state").asText());
            assertEquals("ATTRIBUTION", alert.get("kind").asText());
            assertEquals("OWN", alert.get("stance").asText());
            assertEquals("CN", alert.get("sponsor").asText());
            assertEquals("ASSERTED", alert.get("confidence").asText());
            assertEquals(TestStatements.EVIDENCE, alert.get("evidence").asText());
            assertEquals("https://www.dfat.gov.au/news/" + statementId, alert.get("url").asText());
            assertEquals("2024-07-09", alert.get("publishedAt").asText());
            assertEquals("2024-07-09T01:00:01Z", alert.get("analyzedAt").asText());
            String alertId = alert.get("id").asText();

            // deliveries are stored with the alert: only the Leviathan subscription got one
            await().atMost(PIPELINE).untilAsserted(() -> given().get("/alerts/" + alertId).then().statusCode(200)
                    .body("id", equalTo(alertId))
                    .body("deliveries", hasSize(1))
                    .body("deliveries[0].subscriptionId", equalTo(leviathan.id()))
                    .body("deliveries[0].id", equalTo(webhook.header("webhook-id")))
                    .body("deliveries[0].status", equalTo("DELIVERED"))
                    .body("deliveries[0].attempts", equalTo(1)));
            List<String> deliveredTo = given().get("/alerts/" + alertId).then().extract()
                    .path("deliveries.subscriptionId");
            assertFalse(deliveredTo.contains(sandworm.id()));
            assertFalse(deliveredTo.contains(nzOnly.id()));
            assertTrue(bystander.requestsFor(statementId).isEmpty());

            // the same record again (a Kafka redelivery): no second alert, no second webhook
            TestKafka.publish(TestStatements.apt40ByAustralia(statementId));
            publishMarkerAndAwaitIt();
            assertEquals(List.of(alertId), alertIdsOf(statementId, "APT40"));
            assertEquals(1, receiver.requestsFor(statementId).size());
        }
    }

    @Test
    void aFailingReceiverGetsTheAlertAfterRetries() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.failingFirst(2)) {
            String group = "Retry Crew " + UUID.randomUUID();
            Subscriptions.Created subscription = subscriptions.create("retries", receiver.url(),
                    Map.of("groups", List.of(group.toUpperCase())));
            String statementId = newStatementId();

            TestKafka.publish(TestStatements.unknownGroup(statementId, "GB", group));
            await().atMost(PIPELINE).until(() -> alertIdsOf(statementId, group).size() == 1);
            String alertId = alertIdsOf(statementId, group).get(0);

            await().atMost(PIPELINE).untilAsserted(() -> given().get("/alerts/" + alertId).then()
                    .body("deliveries", hasSize(1))
                    .body("deliveries[0].status", equalTo("DELIVERED"))
                    .body("deliveries[0].attempts", equalTo(3))
                    .body("deliveries[0].lastStatusCode", equalTo(204)));
            List<WebhookReceiver.Request> requests = receiver.requestsFor(statementId);
            assertEquals(3, requests.size());
            for (WebhookReceiver.Request request : requests) {
                assertEquals(requests.get(0).header("webhook-id"), request.header("webhook-id"));
                assertEquals(expectedSignature(subscription.secret(), request), request.header("webhook-signature"));
            }
        }
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndConsumptionContinues() {
        String badKey = "bad-" + UUID.randomUUID();
        TestKafka.publishRaw(badKey, "{\"schemaVersion\": 1, \"statementId\": ");
        String goodId = newStatementId();
        String group = "After Bad " + UUID.randomUUID();
        TestKafka.publish(TestStatements.unknownGroup(goodId, "GB", group));

        await().atMost(PIPELINE).until(() -> alertIdsOf(goodId, group).size() == 1);
        await().atMost(PIPELINE).untilAsserted(() -> {
            List<ConsumerRecord<String, String>> dead = TestKafka.readAll(Topics.STATEMENTS_ANALYZED_DEAD_LETTER)
                    .stream().filter(r -> badKey.equals(r.key())).toList();
            assertEquals(1, dead.size());
            Header reason = dead.get(0).headers().lastHeader("dead-letter-reason");
            assertTrue(reason != null && new String(reason.value(), StandardCharsets.UTF_8).contains("not JSON"),
                    "dead-letter-reason header");
        });
    }
}
