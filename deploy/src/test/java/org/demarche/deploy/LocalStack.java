package org.demarche.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A private instance of {@code deploy/local/stack}: its own data directory and free ports, passed by the environment
 * variables the script documents, so that it never collides with a developer's stack.
 */
final class LocalStack {

    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(10);
    private static final String READY_TIMEOUT_SECONDS = "420";
    private static final int LOG_TAIL_LINES = 40;

    private final Path script;
    private final Path workDir;
    private final Path dataDir;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final int ingestPort;
    private final int alertPort;
    private final int analysisPort;

    LocalStack(Path repositoryRoot, Path workDir) {
        this.script = repositoryRoot.resolve("deploy/local/stack");
        this.workDir = workDir;
        this.dataDir = workDir.resolve("data");
        this.ingestPort = freePort();
        this.alertPort = freePort();
        this.analysisPort = freePort();
        environment.put("DEMARCHE_DATA_DIR", dataDir.toString());
        environment.put("DEMARCHE_KAFKA_PORT", Integer.toString(freePort()));
        environment.put("DEMARCHE_KAFKA_CONTROLLER_PORT", Integer.toString(freePort()));
        environment.put("DEMARCHE_PG_PORT", Integer.toString(freePort()));
        environment.put("DEMARCHE_INGEST_PORT", Integer.toString(ingestPort));
        environment.put("DEMARCHE_ANALYSIS_PORT", Integer.toString(analysisPort));
        environment.put("DEMARCHE_ALERT_PORT", Integer.toString(alertPort));
        environment.put("DEMARCHE_READY_TIMEOUT", READY_TIMEOUT_SECONDS);
        environment.put("DEMARCHE_MAVEN_ARGS", "-o");
    }

    String ingestUrl() {
        return "http://127.0.0.1:" + ingestPort;
    }

    String alertUrl() {
        return "http://127.0.0.1:" + alertPort;
    }

    String analysisUrl() {
        return "http://127.0.0.1:" + analysisPort;
    }

    /** Runs {@code stack ARGS…} from an unrelated working directory; returns its exit code and output. */
    Result run(String... args) {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        Path output = workDir.resolve("stack-" + String.join("-", args).replace("--", "") + ".out");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + COMMAND_TIMEOUT + "\n" + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The last lines of a component's log, to explain a failure. */
    String logTail(String component) {
        Path log = dataDir.resolve("logs").resolve(component + ".log");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "---- " + log + "\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "---- " + log + ": " + e.getMessage();
        }
    }

    record Result(int exitCode, String output) {
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
