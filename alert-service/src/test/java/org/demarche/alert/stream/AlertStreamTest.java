package org.demarche.alert.stream;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.demarche.alert.TestKafka;
import org.demarche.alert.TestStatements;
import org.demarche.infra.testing.KafkaTestResource;
import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = "database", value = "demarche_alert"))
class AlertStreamTest {

    private static final Duration PIPELINE = Duration.ofSeconds(15);

    @TestHTTPResource("/alerts/stream")
    URI stream;

    @Test
    void streamsNewMatchingAlertsAsServerSentEvents() {
        HttpClient client = HttpClient.newHttpClient();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<HttpResponse<Stream<String>>> response = client.sendAsync(
                HttpRequest.newBuilder(URI.create(stream + "?group=Leviathan&attributor=AU"))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reading = response.thenAcceptAsync(r -> r.body().forEach(lines::add));
        try {
            await().atMost(PIPELINE).until(() -> lines.stream().anyMatch(line -> line.contains("connected")));
            assertEquals(200, response.join().statusCode());
            assertTrue(response.join().headers().firstValue("content-type").orElse("")
                    .startsWith("text/event-stream"));

            String statementId = "st-" + UUID.randomUUID();
            TestKafka.publish(TestStatements.unknownGroup("st-" + UUID.randomUUID(), "AU", "Not Leviathan"));
            TestKafka.publish(TestStatements.apt40ByAustralia(statementId));

            await().atMost(PIPELINE).until(() -> lines.stream().anyMatch(line -> line.startsWith("data:")
                    && line.contains(statementId)));
            String data = lines.stream().filter(line -> line.contains(statementId)).findFirst().orElseThrow();
            assertTrue(data.contains("\"group\":\"APT40\""), data);
            assertTrue(lines.stream().noneMatch(line -> line.contains("Not Leviathan")), lines.toString());
            int dataIndex = lines.indexOf(data);
            assertTrue(lines.subList(Math.max(0, dataIndex - 3), dataIndex).stream()
                    .anyMatch(line -> line.replace(" ", "").equals("event:alert")), lines.toString());
        } finally {
            reading.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
    }

    @Test
    void badFiltersAreRejectedBeforeStreaming() {
        given().accept("text/event-stream").queryParam("since", "soon").get("/alerts/stream")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors", hasItem(startsWith("since:")));
    }
}
