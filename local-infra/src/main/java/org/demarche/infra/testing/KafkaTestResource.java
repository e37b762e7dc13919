package org.demarche.infra.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.demarche.contracts.Topics;
import org.demarche.infra.FreePort;
import org.demarche.infra.kafka.ContainerKafkaBroker;
import org.demarche.infra.kafka.KafkaBroker;
import org.demarche.infra.kafka.KafkaBrokerConfig;
import org.demarche.infra.kafka.KafkaReadiness;
import org.demarche.infra.kafka.TopicCreator;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real Kafka broker for Quarkus tests with every topic of {@link Topics#ALL}. One broker serves the whole test JVM:
 * it starts on first use and stops when the JVM exits, so test classes and Quarkus restarts share it. It runs in a
 * container where Docker is available, otherwise as a child JVM (see {@link KafkaBroker}).
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String BOOTSTRAP_SERVERS_PROPERTY = "kafka.bootstrap.servers";
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

    private static final System.Logger LOG = System.getLogger(KafkaTestResource.class.getName());

    private static String bootstrapServers;

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
        if (bootstrapServers == null) {
            long begin = System.nanoTime();
            String started = Docker.usable() ? startContainer() : startChildJvm();
            KafkaReadiness.await(started, STARTUP_TIMEOUT, () -> null);
            TopicCreator.createMissing(KafkaReadiness.adminConfig(started), Topics.ALL);
            LOG.log(System.Logger.Level.INFO, "Kafka ready on {0} with the pipeline topics after {1} ms", started,
                    Long.toString((System.nanoTime() - begin) / 1_000_000));
            bootstrapServers = started;
        }
        return bootstrapServers;
    }

    private static String startContainer() {
        ContainerKafkaBroker broker = ContainerKafkaBroker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "kafka-test-container-stop"));
        return broker.bootstrapServers();
    }

    private static String startChildJvm() {
        Path dataDir = TemporaryDirectory.create("demarche-kafka-");
        KafkaBroker broker = KafkaBroker.start(new KafkaBrokerConfig(dataDir, FreePort.find(), FreePort.find()),
                System.getProperty("java.class.path"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            TemporaryDirectory.deleteQuietly(dataDir);
        }, "kafka-test-broker-stop"));
        broker.awaitReady(STARTUP_TIMEOUT);
        return broker.bootstrapServers();
    }
}
