package org.demarche.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** Records every webhook posted to it and answers 204. */
final class WebhookReceiver implements AutoCloseable {

    record Delivery(String id, String timestamp, String signature, String body) {
    }

    private static final String PATH = "/hooks/demarche";
    private static final int NO_CONTENT = 204;

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(PATH, this::record);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    private void record(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            deliveries.add(new Delivery(
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(body.readAllBytes(), StandardCharsets.UTF_8)));
        }
        exchange.sendResponseHeaders(NO_CONTENT, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
