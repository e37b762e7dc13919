package org.demarche.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

class WebhookSenderTest {

    private record Received(Headers headers, String body) {
    }

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final WebhookSigner signer = new WebhookSigner(new SecureRandom(), 32);
    private final WebhookSender sender = new WebhookSender(WebhookSender.newClient(Duration.ofSeconds(5)), signer,
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5), "test-agent");
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private HttpServer server;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Received(exchange.getRequestHeaders(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    @Test
    void postsTheBodyWithStandardWebhooksHeaders() {
        String secret = signer.newSecret();
        AttemptResult result = sender.send(new WebhookRequest("d-1", url(), secret, "{\"group\":\"APT40\"}"));

        assertEquals(AttemptResult.delivered(204), result);
        Received request = received.get(0);
        assertEquals("{\"group\":\"APT40\"}", request.body());
        assertEquals("d-1", request.headers().getFirst("webhook-id"));
        assertEquals(String.valueOf(NOW.getEpochSecond()), request.headers().getFirst("webhook-timestamp"));
        assertEquals(signer.sign(secret, "d-1", NOW.getEpochSecond(), "{\"group\":\"APT40\"}"),
                request.headers().getFirst("webhook-signature"));
        assertEquals("application/json", request.headers().getFirst("content-type"));
    }

    @Test
    void aNon2xxAnswerIsARetryableFailure() {
        status.set(503);
        AttemptResult result = sender.send(new WebhookRequest("d-2", url(), signer.newSecret(), "{}"));
        assertFalse(result.delivered());
        assertTrue(result.retryable());
        assertEquals(503, result.statusCode());
    }

    @Test
    void redirectsAreNotFollowed() {
        status.set(302);
        AttemptResult result = sender.send(new WebhookRequest("d-3", url(), signer.newSecret(), "{}"));
        assertFalse(result.delivered());
        assertEquals(1, received.size());
    }

    @Test
    void anUnreachableReceiverIsARetryableFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        AttemptResult result = sender.send(new WebhookRequest("d-4", "http://127.0.0.1:" + closedPort + "/hook",
                signer.newSecret(), "{}"));
        assertFalse(result.delivered());
        assertTrue(result.retryable());
        assertNull(result.statusCode());
        assertTrue(result.error().startsWith("cannot reach receiver"), result.error());
    }
}
