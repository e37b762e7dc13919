package org.demarche.infra.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
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
        // one broker: "rebootstrap" would only spin (and log) while it starts
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.METADATA_RECOVERY_STRATEGY_CONFIG, "none",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS);
    }

    /**
     * @param deathReport says why the broker can no longer become ready (it exited), or {@code null} while it may
     */
    public static void await(String bootstrapServers, Duration timeout, Supplier<String> deathReport) {
        long deadline = System.nanoTime() + timeout.toNanos();
        awaitListening(bootstrapServers, deadline, timeout, deathReport);
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

    /** A cheap TCP probe first: an admin client against a closed port retries, and logs, in a tight loop. */
    private static void awaitListening(String bootstrapServers, long deadline, Duration timeout,
            Supplier<String> deathReport) {
        String hostAndPort = bootstrapServers.split(",")[0];
        int colon = hostAndPort.lastIndexOf(':');
        InetSocketAddress address = new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
        while (true) {
            String death = deathReport.get();
            if (death != null) {
                throw new IllegalStateException(death);
            }
            try (Socket socket = new Socket()) {
                socket.connect(address, REQUEST_TIMEOUT_MS);
                return;
            } catch (IOException notYet) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka at " + bootstrapServers + " did not listen within "
                            + timeout, notYet);
                }
                try {
                    Thread.sleep(POLL_INTERVAL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for Kafka", e);
                }
            }
        }
    }
}
