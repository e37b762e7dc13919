package org.demarche.analysis.runtime;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run's requests to its own HTTP API (only with {@code demarche.analysis.warm-up.exit-when-done}): the
 * archive the JVM writes at exit (AppCDS, or the JDK 25 AOT cache) holds only the classes the run loaded, and serving
 * HTTP loads about 300 that a start needs as soon as the first readiness probe or request comes (Netty's HTTP codec,
 * Vert.x, RESTEasy Reactive, the health checks' JSON). Measured on Java 17, 8 alternated starts: the first
 * {@code POST /analysis} of a start answered in 228 ms instead of 392 (analysis-service/BENCHMARKS.md, Startup).
 */
final class TrainingRequests {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String STATEMENT = "{\"text\":\"The government assesses that the group known as APT40 is "
            + "highly likely sponsored by the Chinese state, and condemns its cyber attacks.\",\"publisher\":\"Ministry "
            + "of Foreign Affairs\"}";

    private TrainingRequests() {
    }

    /**
     * Sends them (health, a statement, requests the API refuses) and returns one line per request: its status, or
     * what went wrong. Never throws: a training run without them is only a less complete archive.
     */
    static List<String> send(String host, int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        URI base = URI.create("http://" + host + ":" + port);
        List<HttpRequest> requests = List.of(
                get(base, "/q/health/ready"),
                get(base, "/q/health/live"),
                post(base, "/analysis", "application/json", STATEMENT),
                post(base, "/analysis", "application/json", "{\"text\":"),
                post(base, "/analysis", "text/plain", "not JSON"),
                get(base, "/analysis"));
        List<String> outcomes = new ArrayList<>();
        for (HttpRequest request : requests) {
            String what = request.method() + " " + request.uri().getPath();
            try {
                outcomes.add(what + " " + client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
            } catch (IOException e) {
                outcomes.add(what + " failed: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcomes.add(what + " interrupted");
                break;
            }
        }
        return outcomes;
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build();
    }

    private static HttpRequest post(URI base, String path, String contentType, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
