package org.demarche.infra.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.demarche.contracts.Topics;
import org.demarche.infra.FreePort;
import org.demarche.infra.kafka.KafkaBroker;
import org.demarche.infra.kafka.KafkaBrokerConfig;
import org.demarche.infra.kafka.TopicCreator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for Quarkus tests with every topic of {@link Topics#ALL}. One broker serves the whole test JVM:
 * it starts on first use and stops when the JVM exits, so test classes and Quarkus restarts share it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP_SERVERS_PROPERTY = "kafka.bootstrap.servers";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);

    private static KafkaBroker broker;

    @Override
    public Map<String, String> start() {
        return Map.of(BOOTSTRAP_SERVERS_PROPERTY, bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker outlives each Quarkus application; the shutdown hook stops it
    }

    /** Starts the JVM-wide broker if needed; usable without Quarkus too. */
    public static synchronized String bootstrapServers() {
        if (broker == null) {
            Path dataDir = TemporaryDirectory.create("demarche-kafka-");
            KafkaBroker started = KafkaBroker.start(
                    new KafkaBrokerConfig(dataDir, FreePort.find(), FreePort.find()),
                    System.getProperty("java.class.path"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                started.close();
                TemporaryDirectory.deleteQuietly(dataDir);
            }, "kafka-test-broker-stop"));
            started.awaitReady(STARTUP_TIMEOUT);
            TopicCreator.createMissing(started.adminConfig(), Topics.ALL);
            broker = started;
        }
        return broker.bootstrapServers();
    }
}
