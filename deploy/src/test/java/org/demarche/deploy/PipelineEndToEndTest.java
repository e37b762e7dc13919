package org.demarche.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The whole pipeline as a user runs it: {@code deploy/local/stack up} (real Kafka, PostgreSQL and the three built
 * services), a webhook subscription for "Leviathan" (an alias of APT40), the French statement of Japan's foreign
 * ministry of 19 July 2021, and the signed webhook that names Japan and APT40.
 */
class PipelineEndToEndTest {

    private static final Duration WEBHOOK_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();

    private static Path workDir;
    private static LocalStack stack;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startStack() throws IOException {
        workDir = Files.createTempDirectory("demarche-e2e-");
        receiver = new WebhookReceiver();
        stack = new LocalStack(repositoryRoot(), workDir);
        LocalStack.Result up = stack.run("up");
        assertEquals(0, up.exitCode(), () -> "stack up failed:\n" + up.output());
    }

    @AfterAll
    static void stopStack() {
        try {
            if (stack != null) {
                LocalStack.Result down = stack.run("down", "--purge");
                assertEquals(0, down.exitCode(), () -> "stack down --purge failed:\n" + down.output());
                deleteRecursively(workDir);
            }
        } finally {
            if (receiver != null) {
                receiver.close();
            }
        }
    }

    @Test
    void aStatementNamingAGroupReachesTheSubscribersWebhookSigned() throws Exception {
        JsonNode subscription = post(stack.alertUrl() + "/subscriptions", Map.of(
                "name", "end-to-end Leviathan watch",
                "webhookUrl", receiver.url(),
                "filter", Map.of("groups", List.of("Leviathan"))), 201);
        String secret = subscription.path("secret").asText(null);
        assertNotNull(secret, "the subscription response carries the webhook secret: " + subscription);

        JsonNode accepted = post(stack.ingestUrl() + "/statements", Map.of(
                "text", seedStatement(),
                "publisher", "Le Hautpanel",
                "publishedAt", "2021-07-19",
                "language", "fr"), 202);
        String statementId = accepted.path("id").asText(null);
        assertNotNull(statementId, "ingest answers with the statement id: " + accepted);

        WebhookReceiver.Delivery delivery = awaitWebhook(statementId);

        assertTrue(StandardWebhookSignature.verifies(secret, delivery.id(), delivery.timestamp(), delivery.body(),
                delivery.signature()), () -> "bad signature on " + delivery);
        JsonNode alert = JSON.readTree(delivery.body());
        assertEquals(statementId, alert.path("statementId").asText());
        assertEquals("JP", alert.path("state").asText());
        assertEquals("apt40", alert.path("groupId").asText());
        assertEquals("APT40", alert.path("group").asText().toUpperCase());
    }

    /** {@code stack up} returns once every service is ready, and a service is ready once it has warmed up. */
    @Test
    void stackUpReturnsOnlyOnceEveryServiceHasWarmedUp() throws Exception {
        for (String service : List.of(stack.ingestUrl(), stack.analysisUrl(), stack.alertUrl())) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(service + "/q/health/ready"))
                    .timeout(HTTP_TIMEOUT).GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), () -> service + " is not ready: " + response.body());
            Optional<JsonNode> warmUp = Optional.empty();
            for (JsonNode check : JSON.readTree(response.body()).path("checks")) {
                if ("warm-up".equals(check.path("name").asText())) {
                    warmUp = Optional.of(check);
                }
            }
            assertTrue(warmUp.isPresent(), () -> service + " has no warm-up readiness check: " + response.body());
            assertEquals("DONE", warmUp.get().path("data").path("state").asText(),
                    () -> service + " warm-up: " + response.body());
        }
    }

    /** Waits for the webhook about the statement whose naming state is Japan (the UK and US ones may come too). */
    private static WebhookReceiver.Delivery awaitWebhook(String statementId) {
        try {
            return Awaitility.await("a webhook naming JP and APT40 for " + statementId)
                    .atMost(WEBHOOK_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> japaneseNaming(statementId), Optional::isPresent)
                    .orElseThrow();
        } catch (ConditionTimeoutException e) {
            return fail(e.getMessage() + "; received " + receiver.deliveries() + "\n"
                    + stack.logTail("analysis-service") + "\n" + stack.logTail("alert-service"), e);
        }
    }

    private static Optional<WebhookReceiver.Delivery> japaneseNaming(String statementId) {
        return receiver.deliveries().stream().filter(delivery -> {
            JsonNode body = parse(delivery.body());
            return statementId.equals(body.path("statementId").asText())
                    && "JP".equals(body.path("state").asText())
                    && "apt40".equals(body.path("groupId").asText());
        }).findFirst();
    }

    private static JsonNode post(String url, Map<String, Object> body, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(expectedStatus, response.statusCode(), () -> "POST " + url + " answered " + response.body());
        return JSON.readTree(response.body());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String seedStatement() throws IOException {
        try (InputStream text = PipelineEndToEndTest.class.getResourceAsStream("/seed-001.txt")) {
            assertNotNull(text, "seed-001.txt is on the test classpath");
            return new String(text.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // only the outputs of the stack commands are left in the temporary directory
        }
    }

    private static Path repositoryRoot() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            if (Files.isRegularFile(directory.resolve("deploy/local/stack"))) {
                return directory;
            }
            directory = directory.getParent();
        }
        return fail("no deploy/local/stack above " + Path.of("").toAbsolutePath());
    }
}
