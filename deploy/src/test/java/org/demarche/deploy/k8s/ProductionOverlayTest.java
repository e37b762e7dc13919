package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.demarche.contracts.Topics;
import org.junit.jupiter.api.Test;

/** Production runs every service redundantly against external Kafka and PostgreSQL, with no committed secret. */
class ProductionOverlayTest {

    private static final int MINIMUM_REPLICAS = 2;

    private final RenderedManifests production = Kustomize.render(Kustomize.PRODUCTION);

    @Test
    void runsNoKafkaOrPostgresOfItsOwn() {
        assertEquals(Set.of(), production.names("StatefulSet"), "production uses external Kafka and PostgreSQL");
        assertEquals(Set.of(), production.names("PersistentVolumeClaim"));
        for (Node owner : production.podOwners()) {
            for (Node container : Workloads.allContainers(owner)) {
                String image = container.get("image").requiredText();
                boolean kafkaClientJob = "Job".equals(owner.get("kind").text());
                assertFalse(image.startsWith("postgres:") || image.startsWith("apache/kafka:") && !kafkaClientJob,
                        owner.location() + " runs infrastructure (" + image + ") in production");
            }
        }
    }

    @Test
    void commitsNoSecret() {
        assertEquals(Set.of(), production.names("Secret"),
                "production Secrets are provided by the operator, never rendered from the repository");
    }

    @Test
    void runsAtLeastTwoReplicasOfEveryService() {
        for (DemarcheService service : DemarcheService.values()) {
            Node deployment = production.get("Deployment", service.serviceName());
            Optional<Node> autoscaler = autoscalerOf(service.serviceName());
            if (autoscaler.isPresent()) {
                assertFalse(deployment.get("spec", "replicas").exists(), deployment.location()
                        + ": the HorizontalPodAutoscaler owns the replica count, apply would reset it");
                assertTrue(autoscaler.get().get("spec", "minReplicas").integer() >= MINIMUM_REPLICAS,
                        autoscaler.get().location() + ".spec.minReplicas");
            } else {
                assertTrue(deployment.get("spec", "replicas").integer() >= MINIMUM_REPLICAS,
                        deployment.location() + ".spec.replicas");
            }
        }
    }

    private Optional<Node> autoscalerOf(String deployment) {
        return production.ofKind("HorizontalPodAutoscaler").stream()
                .filter(hpa -> "Deployment".equals(hpa.get("spec", "scaleTargetRef", "kind").text())
                        && deployment.equals(hpa.get("spec", "scaleTargetRef", "name").text()))
                .findFirst();
    }

    @Test
    void scalesAnalysisOnCpuNoFurtherThanTheRawTopicPartitions() {
        Node autoscaler = autoscalerOf(DemarcheService.ANALYSIS.serviceName())
                .orElseThrow(() -> new AssertionError("production needs a HorizontalPodAutoscaler for analysis-service"));
        int rawPartitions = Topics.ALL.stream().filter(spec -> spec.name().equals(Topics.STATEMENTS_RAW))
                .findFirst().orElseThrow().partitions();

        assertTrue(autoscaler.get("spec", "metrics").items().stream()
                        .anyMatch(metric -> "cpu".equals(metric.get("resource", "name").text())),
                autoscaler.location() + " should scale on CPU");
        int maxReplicas = autoscaler.get("spec", "maxReplicas").integer();
        assertTrue(maxReplicas <= rawPartitions, autoscaler.location() + ": " + maxReplicas + " replicas, but "
                + Topics.STATEMENTS_RAW + " has only " + rawPartitions + " partitions to share among consumers");
    }

    @Test
    void pointsAtAnExternalKafkaWithReplicatedTopics() {
        String production = bootstrapServers(this.production);

        assertNotEquals(bootstrapServers(Kustomize.render(Kustomize.DEV)), production,
                "production must not use the dev overlay's in-namespace Kafka");
        Node job = this.production.get("Job", "kafka-topics");
        Object replicationFactor = Workloads.environment(Workloads.onlyContainer(job), this.production)
                .get("TOPIC_REPLICATION_FACTOR");
        assertTrue(Integer.parseInt((String) replicationFactor) >= 2,
                "production topics need replicas on more than one broker, has " + replicationFactor);
    }

    private static String bootstrapServers(RenderedManifests manifests) {
        Node deployment = manifests.get("Deployment", DemarcheService.INGEST.serviceName());
        return (String) Workloads.environment(Workloads.onlyContainer(deployment), manifests)
                .get("KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void readmeTellsHowToCreateEverySecretTheWorkloadsNeed() throws IOException {
        String readme = Files.readString(Kustomize.K8S.resolve("README.md"));
        Set<String> undocumented = new TreeSet<>();
        for (Node owner : production.podOwners()) {
            for (Node container : Workloads.allContainers(owner)) {
                for (Object value : Workloads.environment(container, production).values()) {
                    if (value instanceof Workloads.SecretReference reference
                            && !createSecretCommand(readme, reference.secret())
                            .contains("--from-literal=" + reference.key() + "=")) {
                        undocumented.add(reference.secret() + "/" + reference.key());
                    }
                }
            }
        }
        assertEquals(Set.of(), undocumented, "deploy/k8s/README.md must show how to create these Secret keys");
    }

    /** The `kubectl … create secret generic <name> …` command of the README, with its continuation lines. */
    private static String createSecretCommand(String readme, String secret) {
        Matcher command = Pattern.compile("kubectl[^\\n]*create secret generic " + Pattern.quote(secret)
                + "\\s((?:[^\\n]*\\\\\\n)*[^\\n]*)").matcher(readme);
        return command.find() ? command.group(1) : "";
    }
}
