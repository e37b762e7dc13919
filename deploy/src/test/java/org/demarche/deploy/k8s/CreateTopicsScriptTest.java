package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.demarche.contracts.Topics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the topic Job's script, as rendered for production, with stand-ins for the Kafka command-line tools that
 * record how they are called.
 */
class CreateTopicsScriptTest {

    private static final String BOOTSTRAP_SERVERS = "broker-1:9092,broker-2:9092";
    private static final String REPLICATION_FACTOR = "3";
    /** A safety net for a wedged shell; the script runs in well under a second with the stand-ins. */
    private static final long SCRIPT_TIMEOUT_SECONDS = 60;
    private static final String RECORDING_TOOL = String.join("\n",
            "#!/bin/bash",
            "echo \"$(basename \"$0\") $*\" >> \"$CALLS\"",
            "if [ -n \"${FAIL_ON:-}\" ] && [[ \" $* \" == *\" $FAIL_ON \"* ]]; then exit 1; fi",
            "");

    @TempDir
    Path directory;

    private Path script;
    private Path topicsList;
    private Path calls;
    private Path bin;

    @BeforeEach
    void installScriptAndRecordingTools() throws IOException {
        RenderedManifests production = Kustomize.render(Kustomize.PRODUCTION);
        Node scripts = production.ofKind("ConfigMap").stream()
                .filter(configMap -> configMap.get("data", "create-topics.sh").exists())
                .findFirst()
                .orElseThrow(() -> new AssertionError("production renders no ConfigMap with create-topics.sh"));
        script = Files.writeString(directory.resolve("create-topics.sh"),
                scripts.get("data", "create-topics.sh").requiredText());
        topicsList = Files.writeString(directory.resolve("topics.list"),
                scripts.get("data", "topics.list").requiredText());
        calls = directory.resolve("calls.log");
        bin = Files.createDirectory(directory.resolve("bin"));
        for (String tool : List.of("kafka-topics.sh", "kafka-configs.sh")) {
            Path standIn = Files.writeString(bin.resolve(tool), RECORDING_TOOL);
            Files.setPosixFilePermissions(standIn, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private int run(Map<String, String> overrides) throws IOException, InterruptedException {
        Map<String, String> environment = new TreeMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", BOOTSTRAP_SERVERS,
                "TOPIC_REPLICATION_FACTOR", REPLICATION_FACTOR,
                "TOPICS_FILE", topicsList.toString(),
                "KAFKA_BIN", bin.toString(),
                "CALLS", calls.toString()));
        environment.putAll(overrides);
        environment.values().removeIf(String::isEmpty);
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("output.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("KAFKA_") || name.startsWith("TOPIC"));
        builder.environment().putAll(environment);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return fail("bash is needed to run create-topics.sh", e);
        }
        if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return fail("create-topics.sh did not finish: " + output());
        }
        return process.exitValue();
    }

    private List<String> recordedCalls() throws IOException {
        return Files.exists(calls) ? Files.readAllLines(calls, StandardCharsets.UTF_8) : List.of();
    }

    private String output() throws IOException {
        return Files.readString(directory.resolve("output.log"));
    }

    @Test
    void createsEveryContractTopicIfMissingAndEnforcesItsConfig() throws Exception {
        assertEquals(0, run(Map.of()), () -> "create-topics.sh failed: " + outputQuietly());

        String kafka = "--bootstrap-server " + BOOTSTRAP_SERVERS;
        List<String> expected = new ArrayList<>();
        expected.add("kafka-topics.sh " + kafka + " --list");
        for (Topics.Spec spec : Topics.ALL) {
            List<String> pairs = spec.config().entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
            expected.add("kafka-topics.sh " + kafka + " --create --if-not-exists --topic " + spec.name()
                    + " --partitions " + spec.partitions() + " --replication-factor " + REPLICATION_FACTOR
                    + " --config " + String.join(" --config ", pairs));
            expected.add("kafka-configs.sh " + kafka + " --alter --entity-type topics --entity-name " + spec.name()
                    + " --add-config " + String.join(",", pairs));
        }
        expected.add("kafka-topics.sh " + kafka + " --describe");

        assertEquals(canonical(expected), canonical(recordedCalls()));
    }

    /**
     * Calls with their topic configs sorted, since their order does not matter to Kafka: kafka-topics.sh takes one
     * key=value per --config, kafka-configs.sh a comma-separated list after --add-config.
     */
    private static List<String> canonical(List<String> calls) {
        List<String> canonical = new ArrayList<>();
        for (String call : calls) {
            List<String> tokens = List.of(call.split(" "));
            List<String> arguments = new ArrayList<>();
            List<String> configs = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String token = tokens.get(i);
                if ("--config".equals(token) && i + 1 < tokens.size()) {
                    configs.add(token + " " + tokens.get(++i));
                } else if ("--add-config".equals(token) && i + 1 < tokens.size()) {
                    for (String pair : tokens.get(++i).split(",")) {
                        configs.add(token + " " + pair);
                    }
                } else {
                    arguments.add(token);
                }
            }
            Collections.sort(configs);
            canonical.add(String.join(" ", arguments) + " | " + String.join(" ", configs));
        }
        return canonical;
    }

    @Test
    void refusesToRunWithoutBootstrapServers() throws Exception {
        assertNotEquals(0, run(Map.of("KAFKA_BOOTSTRAP_SERVERS", "")));

        assertEquals(List.of(), recordedCalls());
        assertTrue(output().contains("KAFKA_BOOTSTRAP_SERVERS"), output());
    }

    @Test
    void failsTheJobWhenATopicCannotBeCreated() throws Exception {
        assertNotEquals(0, run(Map.of("FAIL_ON", "--create")));

        assertEquals(1, recordedCalls().stream().filter(call -> call.contains("--create")).count(),
                "the script should stop at the first failure: " + recordedCalls());
    }

    private String outputQuietly() {
        try {
            return output();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
