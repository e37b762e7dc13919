package org.demarche.alert;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A webhook receiver on 127.0.0.1 that records what it gets and can fail its first requests. */
public final class WebhookReceiver implements AutoCloseable {

    public record Request(Headers headers, String body, Instant receivedAt) {

        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft;

    private WebhookReceiver(int failFirst) throws IOException {
        failuresLeft = new AtomicInteger(failFirst);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                requests.add(new Request(exchange.getRequestHeaders(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), Instant.now()));
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    public static WebhookReceiver start() throws IOException {
        return new WebhookReceiver(0);
    }

    /** Answers HTTP 500 to the first {@code failures} requests. */
    public static WebhookReceiver failingFirst(int failures) throws IOException {
        return new WebhookReceiver(failures);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests whose body is about the given statement. */
    public List<Request> requestsFor(String statementId) {
        return requests.stream().filter(r -> r.body().contains("\"statementId\":\"" + statementId + "\"")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
