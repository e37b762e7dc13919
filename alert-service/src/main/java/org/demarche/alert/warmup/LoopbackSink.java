package org.demarche.alert.warmup;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * A webhook receiver on a free loopback port that the warm-up owns and stops again: it lets the webhook client send
 * real requests (connection, signing, HTTP/1.1 exchange) without reaching any subscriber.
 */
final class LoopbackSink implements AutoCloseable {

    private static final int NO_CONTENT = 204;
    /** -1: no response body. */
    private static final int NO_BODY = -1;

    private final HttpServer server;
    private final AtomicInteger received = new AtomicInteger();

    LoopbackSink() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                body.readAllBytes();
            }
            received.incrementAndGet();
            exchange.sendResponseHeaders(NO_CONTENT, NO_BODY);
            exchange.close();
        });
        server.start();
    }

    String url() {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/warm-up";
    }

    int received() {
        return received.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
