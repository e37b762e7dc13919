package org.demarche.analysis.benchmark;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Latency of {@code POST /analysis} against a running analysis-service, with the benchmark statements: a bounded
 * number of requests, loopback only, each client thread waiting for its answer before the next request (closed
 * loop). Prints p50/p95/p99/max after a warm-up that is not counted.
 *
 * <p>Arguments (all optional): {@code url=http://127.0.0.1:8082/analysis requests=2000 warmup=300 concurrency=1}.
 */
public final class AnalysisLatencyBenchmark {

    private static final int MAX_REQUESTS = 100_000;
    private static final int MAX_CONCURRENCY = 16;
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI url;
    private final List<String> bodies;
    private final AtomicInteger errors = new AtomicInteger();

    private AnalysisLatencyBenchmark(URI url, List<String> bodies) {
        this.url = url;
        this.bodies = bodies;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkArguments options = new BenchmarkArguments(args);
        URI url = loopbackOnly(URI.create(options.text("url", "http://127.0.0.1:8082/analysis")));
        int requests = options.number("requests", 2000, 1, MAX_REQUESTS);
        int warmup = options.number("warmup", 300, 1, MAX_REQUESTS);
        int concurrency = options.number("concurrency", 1, 1, MAX_CONCURRENCY);

        AnalysisLatencyBenchmark benchmark = new AnalysisLatencyBenchmark(url, requestBodies());
        benchmark.run(warmup, concurrency);
        benchmark.errors.set(0);
        long start = System.nanoTime();
        long[] latencies = benchmark.run(requests, concurrency);
        double seconds = (System.nanoTime() - start) / 1e9;
        report(url, requests, concurrency, benchmark.errors.get(), seconds, latencies);
    }

    private long[] run(int requests, int concurrency) throws Exception {
        AtomicInteger issued = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    long[] mine = new long[requests];
                    int count = 0;
                    for (int i = issued.getAndIncrement(); i < requests; i = issued.getAndIncrement()) {
                        mine[count++] = timeOne(bodies.get(i % bodies.size()));
                    }
                    return Arrays.copyOf(mine, count);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> worker : workers) {
                long[] part = worker.get();
                long[] merged = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, merged, all.length, part.length);
                all = merged;
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    private long timeOne(String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            errors.incrementAndGet();
        }
        return elapsed;
    }

    private static void report(URI url, int requests, int concurrency, int errors, double seconds, long[] latencies) {
        Arrays.sort(latencies);
        System.out.printf("POST %s: %d requests, concurrency %d, %d non-200, %.1f requests/s%n",
                url, requests, concurrency, errors, requests / seconds);
        System.out.printf("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
                millis(percentile(latencies, 50)), millis(percentile(latencies, 95)),
                millis(percentile(latencies, 99)), millis(latencies[latencies.length - 1]));
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static List<String> requestBodies() throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (BenchmarkStatements.Statement statement : BenchmarkStatements.mixed()) {
            bodies.add(mapper.writeValueAsString(Map.of("text", statement.text())));
        }
        return bodies;
    }

    private static URI loopbackOnly(URI url) throws UnknownHostException {
        if (url.getHost() == null || !InetAddress.getByName(url.getHost()).isLoopbackAddress()) {
            throw new IllegalArgumentException("the latency benchmark only talks to a loopback address, not " + url);
        }
        return url;
    }
}
