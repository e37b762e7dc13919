package org.demarche.infra.kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.demarche.contracts.Topics;
import org.demarche.infra.CommandLine;

/**
 * The local stack's Kafka: {@code KafkaMain --data-dir D --port P --controller-port C}. Keeps its data across
 * restarts, creates missing topics, and runs in the foreground until SIGTERM, which stops the broker cleanly.
 */
public final class KafkaMain {

    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);

    private KafkaMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandLine options = new CommandLine(args);
        KafkaBrokerConfig config = new KafkaBrokerConfig(options.requiredPath("data-dir"),
                options.requiredPort("port"), options.requiredPort("controller-port"));
        KafkaBroker broker = KafkaBroker.start(config, System.getProperty("java.class.path"));
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            broker.close();
        }, "kafka-broker-stop"));
        broker.awaitReady(STARTUP_TIMEOUT);
        TopicCreator.createMissing(broker.adminConfig(), Topics.ALL);
        System.out.println("Kafka ready on " + broker.bootstrapServers() + " with topics "
                + Topics.ALL.stream().map(Topics.Spec::name).toList());
        int exit = broker.process().waitFor();
        if (!stopping.get()) {
            System.err.println("the Kafka broker exited unexpectedly with code " + exit + "; see "
                    + config.dataDir().resolve("broker.log"));
            System.exit(exit == 0 ? 1 : exit);
        }
    }
}
