package org.demarche.infra.kafka;

import org.demarche.infra.FreePort;
import org.testcontainers.containers.FixedHostPortGenericContainer;
import org.testcontainers.containers.GenericContainer;

/**
 * Apache Kafka (KRaft, single node) in a Testcontainers container, for machines that have Docker. The client port is
 * the same inside and outside the container, so the advertised listener is right without a start-up script.
 */
public final class ContainerKafkaBroker implements AutoCloseable {

    private static final String IMAGE = "apache/kafka:4.1.2";
    private static final int CONTROLLER_PORT = 9093;

    private final GenericContainer<?> container;
    private final int port;

    private ContainerKafkaBroker(GenericContainer<?> container, int port) {
        this.container = container;
        this.port = port;
    }

    @SuppressWarnings({"resource", "deprecation"}) // closed by close(); a fixed port is the point here
    public static ContainerKafkaBroker start() {
        int port = FreePort.find();
        GenericContainer<?> container = new FixedHostPortGenericContainer<>(IMAGE)
                .withFixedExposedPort(port, port)
                .withEnv("KAFKA_NODE_ID", "1")
                .withEnv("KAFKA_PROCESS_ROLES", "broker,controller")
                .withEnv("KAFKA_LISTENERS", "PLAINTEXT://:" + port + ",CONTROLLER://:" + CONTROLLER_PORT)
                .withEnv("KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://localhost:" + port)
                .withEnv("KAFKA_CONTROLLER_LISTENER_NAMES", "CONTROLLER")
                .withEnv("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT")
                .withEnv("KAFKA_CONTROLLER_QUORUM_VOTERS", "1@localhost:" + CONTROLLER_PORT)
                .withEnv("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_OFFSETS_TOPIC_NUM_PARTITIONS", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        container.start();
        return new ContainerKafkaBroker(container, port);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        container.stop();
    }
}
