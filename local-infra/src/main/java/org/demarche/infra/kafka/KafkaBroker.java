package org.demarche.infra.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Apache Kafka broker in KRaft combined mode (broker and controller in one node), run as a child JVM.
 *
 * <p>A child process keeps the broker's Scala runtime, logging and threads away from the JVM that uses it (a Quarkus
 * test, or the local stack's launcher). The storage is formatted once, so a data directory survives restarts.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String BROKER_HEAP = "-Xmx256m";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaBrokerConfig config;
    private final Process process;

    private KafkaBroker(KafkaBrokerConfig config, Process process) {
        this.config = config;
        this.process = process;
    }

    /** Starts the broker process; call {@link #awaitReady(Duration)} before using it. */
    public static KafkaBroker start(KafkaBrokerConfig config, String classpath) {
        try {
            Files.createDirectories(config.dataDir());
            Path properties = config.dataDir().resolve("server.properties");
            Files.writeString(properties, config.serverProperties());
            Path logging = config.dataDir().resolve("log4j2.properties");
            Files.writeString(logging, LOG4J2_WARNINGS_TO_CONSOLE);
            Path javaBinary = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    javaBinary.toString(), BROKER_HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dlog4j2.configurationFile=" + logging,
                    // only read where slf4j-simple is the SLF4J provider (the local stack), not in tests
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    "-Dkafka.logs.dir=" + config.dataDir().resolve("logs"),
                    "-cp", classpath,
                    BrokerProcess.class.getName(), properties.toString()));
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(config.dataDir().resolve("broker.log").toFile()));
            // stdin stays a pipe: the child exits when it closes, i.e. when this JVM dies (see BrokerProcess)
            return new KafkaBroker(config, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Kafka broker in " + config.dataDir(), e);
        }
    }

    /** Polls the broker with an admin client until it answers metadata requests. */
    public KafkaBroker awaitReady(Duration timeout) {
        Path log = config.dataDir().resolve("broker.log");
        try {
            KafkaReadiness.await(bootstrapServers(), timeout, () -> process.isAlive() ? null
                    : "the Kafka broker exited with code " + process.exitValue());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; see " + log, e);
        }
        return this;
    }

    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    public Map<String, Object> adminConfig() {
        return KafkaReadiness.adminConfig(bootstrapServers());
    }

    public Process process() {
        return process;
    }

    /** Stops the broker gracefully (SIGTERM), forcibly if it does not stop in time. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static final String LOG4J2_WARNINGS_TO_CONSOLE = String.join("\n",
            "appender.console.type=Console",
            "appender.console.name=console",
            "appender.console.layout.type=PatternLayout",
            "appender.console.layout.pattern=%d{ISO8601} %-5p [%c] %m%n",
            "rootLogger.level=WARN",
            "rootLogger.appenderRef.console.ref=console",
            "logger.server.name=kafka.server.KafkaRaftServer",
            "logger.server.level=INFO",
            "");
}
