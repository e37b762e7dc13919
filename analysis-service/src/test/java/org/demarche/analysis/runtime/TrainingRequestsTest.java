package org.demarche.analysis.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;

class TrainingRequestsTest {

    @Test
    void callsTheHealthChecksAndTheAnalysisApiAndReportsEachStatus() throws IOException {
        List<String> received = new ArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            synchronized (received) {
                received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                        + exchange.getRequestHeaders().getFirst("Content-Type"));
            }
            int status = exchange.getRequestURI().getPath().startsWith("/q/") ? 200 : 400;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        try {
            List<String> outcomes = TrainingRequests.send("127.0.0.1", server.getAddress().getPort());
            assertEquals(6, outcomes.size(), outcomes.toString());
            assertEquals("GET /q/health/ready 200", outcomes.get(0));
            assertEquals("POST /analysis 400", outcomes.get(2));
            assertTrue(received.contains("POST /analysis application/json"), received.toString());
            assertTrue(received.contains("POST /analysis text/plain"), received.toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void reportsWhatFailedInsteadOfThrowing() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<String> outcomes = TrainingRequests.send("127.0.0.1", closedPort);
        assertEquals(6, outcomes.size());
        outcomes.forEach(outcome -> assertTrue(outcome.contains("failed"), outcome));
    }
}
