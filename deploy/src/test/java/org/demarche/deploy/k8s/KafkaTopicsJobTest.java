package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.demarche.contracts.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Job that creates the Kafka topics creates exactly the topics of the event contracts, idempotently. */
class KafkaTopicsJobTest {

    private static final String JOB = "kafka-topics";
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.2";
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z_]+):\\?");

    static Stream<Arguments> overlays() {
        return Kustomize.OVERLAYS.stream().map(overlay -> Arguments.of(Kustomize.name(overlay), overlay));
    }

    /** The ConfigMap mounted into the Job, with create-topics.sh and topics.list. */
    private static Node scripts(RenderedManifests manifests, Node job) {
        Node volume = Workloads.podSpec(job).get("volumes").items().stream()
                .filter(candidate -> candidate.get("configMap").exists())
                .findFirst()
                .orElseThrow(() -> new AssertionError(job.location() + " mounts no ConfigMap with its script"));
        return manifests.get("ConfigMap", volume.get("configMap", "name").requiredText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void createsExactlyTheContractTopics(String name, Path overlay) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node topicsList = scripts(manifests, manifests.get("Job", JOB)).get("data", "topics.list");

        assertEquals(Topics.ALL, parse(topicsList.requiredText()),
                topicsList.location() + " must list Topics.ALL: names, partitions and configs");
    }

    static List<Topics.Spec> parse(String topicsList) {
        List<Topics.Spec> specs = new ArrayList<>();
        for (String line : topicsList.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split("\\s+");
            Map<String, String> config = new LinkedHashMap<>();
            if (fields.length > 2) {
                for (String pair : fields[2].split(",")) {
                    String[] keyAndValue = pair.split("=", 2);
                    config.put(keyAndValue[0], keyAndValue.length > 1 ? keyAndValue[1] : "");
                }
            }
            specs.add(new Topics.Spec(fields[0], Integer.parseInt(fields[1]), config));
        }
        return specs;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void runsTheScriptIdempotentlyWithTheKafkaImage(String name, Path overlay) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node job = manifests.get("Job", JOB);
        Node container = Workloads.onlyContainer(job);
        String script = scripts(manifests, job).get("data", "create-topics.sh").requiredText();

        assertEquals(KAFKA_IMAGE, container.get("image").text(), container.location());
        assertTrue(script.contains("kafka-topics.sh") && script.contains("--create")
                && script.contains("--if-not-exists"), "create-topics.sh must create topics with --if-not-exists");
        String command = String.join(" ", container.get("command").items().stream().map(Node::text).toList());
        String mountPath = container.get("volumeMounts").items().stream()
                .filter(mount -> !"/tmp".equals(mount.get("mountPath").text()))
                .map(mount -> mount.get("mountPath").text())
                .findFirst().orElse("(none)");
        assertTrue(command.contains(mountPath + "/create-topics.sh"),
                container.location() + " should run create-topics.sh from " + mountPath + ", runs " + command);
        assertEquals("Never", Workloads.podSpec(job).get("restartPolicy").text(), job.location());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void givesTheScriptEveryVariableItRequires(String name, Path overlay) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node job = manifests.get("Job", JOB);
        String script = scripts(manifests, job).get("data", "create-topics.sh").requiredText();
        Map<String, Object> environment = Workloads.environment(Workloads.onlyContainer(job), manifests);

        Matcher required = REQUIRED_VARIABLE.matcher(script);
        List<String> requiredNames = new ArrayList<>();
        while (required.find()) {
            requiredNames.add(required.group(1));
            assertTrue(environment.get(required.group(1)) instanceof String value && !value.isBlank(),
                    job.location() + " must set " + required.group(1) + " for create-topics.sh");
        }
        assertTrue(requiredNames.contains("KAFKA_BOOTSTRAP_SERVERS"), "create-topics.sh must require Kafka");
        int replicationFactor = Integer.parseInt((String) environment.get("TOPIC_REPLICATION_FACTOR"));
        assertTrue(replicationFactor >= 1, name + ": replication factor " + replicationFactor);
    }
}
