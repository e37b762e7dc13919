package org.demarche.infra.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

/** Waits until a broker answers metadata requests, polling with an admin client instead of sleeping blindly. */
public final class KafkaReadiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final int REQUEST_TIMEOUT_MS = 5_000;
    private static final int API_TIMEOUT_MS = 10_000;

    private KafkaReadiness() {
    }

    public static Map<String, Object> adminConfig(String bootstrapServers) {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS);
    }

    /**
     * @param deathReport says why the broker can no longer become ready (it exited), or {@code null} while it may
     */
    public static void await(String bootstrapServers, Duration timeout, Supplier<String> deathReport) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(adminConfig(bootstrapServers))) {
            while (true) {
                String death = deathReport.get();
                if (death != null) {
                    throw new IllegalStateException(death);
                }
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(REQUEST_TIMEOUT_MS))
                            .nodes().get(1, TimeUnit.SECONDS);
                    return;
                } catch (ExecutionException | TimeoutException notYet) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("Kafka at " + bootstrapServers + " was not ready within "
                                + timeout, notYet);
                    }
                    Thread.sleep(POLL_INTERVAL.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Kafka", e);
        }
    }
}
