package org.demarche.infra.testing;

import java.io.IOException;
import java.util.List;

/**
 * Runs a command beside a fresh Kafka broker: {@code WithKafkaBroker COMMAND [ARG...]}. The broker (every pipeline
 * topic created) runs in a container where Docker is available, otherwise as a child JVM, and stops when the command
 * has ended; the command finds it in its environment as {@code KAFKA_BOOTSTRAP_SERVERS}, which Quarkus reads as
 * {@code kafka.bootstrap.servers}. Exits with the command's exit code.
 *
 * <p>analysis-service's training run uses it, so that the archive it records holds the Kafka protocol classes a start
 * with a broker loads. A broker that cannot start is not fatal: the command then runs against a loopback port where
 * nothing listens, as it would without this.
 */
public final class WithKafkaBroker {

    static final String ENVIRONMENT_VARIABLE = "KAFKA_BOOTSTRAP_SERVERS";
    static final String NO_BROKER = "127.0.0.1:9";

    private WithKafkaBroker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length == 0) {
            System.err.println("usage: WithKafkaBroker COMMAND [ARG...]");
            System.exit(2);
        }
        String bootstrapServers;
        try {
            bootstrapServers = KafkaTestResource.bootstrapServers();
        } catch (RuntimeException e) {
            System.err.println("WithKafkaBroker: no broker (" + e + "); running the command without one");
            bootstrapServers = NO_BROKER;
        }
        // exit runs the shutdown hook that stops the broker
        System.exit(run(List.of(args), bootstrapServers));
    }

    static int run(List<String> command, String bootstrapServers) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().put(ENVIRONMENT_VARIABLE, bootstrapServers);
        return builder.start().waitFor();
    }
}
