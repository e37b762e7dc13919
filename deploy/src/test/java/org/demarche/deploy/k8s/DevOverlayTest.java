package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dev overlay is self-contained: one namespace with a KRaft Kafka and a PostgreSQL the services reach. */
class DevOverlayTest {

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?(\\w+)\"?");

    private final RenderedManifests dev = Kustomize.render(Kustomize.DEV);

    @Test
    void putsEverythingInOneNamespaceItCreates() {
        Set<String> namespaces = new TreeSet<>();
        for (Node object : dev.all()) {
            if (!CLUSTER_SCOPED.contains(object.get("kind").text())) {
                namespaces.add(String.valueOf(object.get("metadata", "namespace").text()));
            }
        }
        assertEquals(1, namespaces.size(), "dev objects are spread over " + namespaces);
        assertEquals(namespaces, dev.names("Namespace"), "the dev overlay should create its namespace");
    }

    @Test
    void runsASingleNodeKraftKafkaThatTheServicesBootstrapFrom() {
        Node kafka = dev.get("StatefulSet", "kafka");
        Node container = Workloads.onlyContainer(kafka);
        Map<String, Object> brokerEnvironment = Workloads.environment(container, dev);

        assertEquals("apache/kafka:4.1.2", container.get("image").text(), container.location());
        assertEquals(1, kafka.get("spec", "replicas").integer(), kafka.location());
        assertEquals(Set.of("broker", "controller"),
                Set.of(((String) brokerEnvironment.get("KAFKA_PROCESS_ROLES")).split(",")),
                "the dev broker should be its own KRaft controller");
        String bootstrapServers = configMapValue("demarche-kafka", "KAFKA_BOOTSTRAP_SERVERS");
        String[] hostAndPort = bootstrapServers.split(":");
        Node service = dev.get("Service", hostAndPort[0]);
        assertTrue(Workloads.selects(Workloads.texts(service.get("spec", "selector")), Workloads.podLabels(kafka)),
                service.location() + " does not reach the Kafka pod");
        assertTrue(service.get("spec", "ports").items().stream()
                        .anyMatch(port -> port.get("port").integer() == Integer.parseInt(hostAndPort[1])),
                service.location() + " has no port " + hostAndPort[1]);
        assertTrue(String.valueOf(brokerEnvironment.get("KAFKA_ADVERTISED_LISTENERS")).contains("//" + bootstrapServers),
                "the broker must advertise the address the clients bootstrap from (" + bootstrapServers + ")");
        assertEquals("1", configMapValue("kafka-topics-settings", "TOPIC_REPLICATION_FACTOR"),
                "a single broker can only hold one replica of each partition");
    }

    @Test
    void runsAPostgresWhoseInitScriptCreatesEveryServiceDatabase() {
        Node postgres = dev.get("StatefulSet", "postgres");
        Node container = Workloads.onlyContainer(postgres);
        assertEquals("postgres:17", container.get("image").text(), container.location());
        Set<String> created = new TreeSet<>();
        initScripts(postgres).forEach(script -> {
            Matcher statement = CREATE_DATABASE.matcher(script);
            while (statement.find()) {
                created.add(statement.group(1));
            }
        });

        for (DemarcheService service : DemarcheService.values()) {
            if (service.database().isEmpty()) {
                continue;
            }
            Workloads.SecretReference reference = (Workloads.SecretReference) Workloads.environment(
                    Workloads.onlyContainer(dev.get("Deployment", service.serviceName())), dev)
                    .get("QUARKUS_DATASOURCE_JDBC_URL");
            String jdbcUrl = ServiceEnvironmentTest.decode(dev.get("Secret", reference.secret())
                    .get("data", reference.key()));
            Matcher url = JDBC_URL.matcher(jdbcUrl);
            assertTrue(url.matches(), jdbcUrl);
            assertTrue(created.contains(url.group(3)), "the init SQL creates " + created + ", not the database of "
                    + service + " (" + url.group(3) + ")");
            Node databaseService = dev.get("Service", url.group(1));
            assertTrue(Workloads.selects(Workloads.texts(databaseService.get("spec", "selector")),
                    Workloads.podLabels(postgres)), service + " connects to " + url.group(1) + ", not PostgreSQL");
            assertTrue(databaseService.get("spec", "ports").items().stream()
                    .anyMatch(port -> port.get("port").integer() == Integer.parseInt(url.group(2))), jdbcUrl);
        }
    }

    private List<String> initScripts(Node postgres) {
        Node container = Workloads.onlyContainer(postgres);
        String volumeName = container.get("volumeMounts").items().stream()
                .filter(mount -> "/docker-entrypoint-initdb.d".equals(mount.get("mountPath").text()))
                .map(mount -> mount.get("name").text())
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.location() + " mounts no init SQL"));
        Node volume = Workloads.podSpec(postgres).get("volumes").items().stream()
                .filter(candidate -> volumeName.equals(candidate.get("name").text()))
                .findFirst().orElseThrow();
        Node configMap = dev.get("ConfigMap", volume.get("configMap", "name").requiredText());
        return configMap.get("data").entries().entrySet().stream()
                .filter(entry -> entry.getKey().endsWith(".sql"))
                .map(entry -> entry.getValue().text())
                .toList();
    }

    private String configMapValue(String generatedName, String key) {
        Node configMap = dev.ofKind("ConfigMap").stream()
                .filter(candidate -> candidate.get("metadata", "name").text().startsWith(generatedName + "-")
                        && candidate.get("data", key).exists())
                .findFirst()
                .orElseThrow(() -> new AssertionError("dev renders no ConfigMap " + generatedName + " with " + key));
        return configMap.get("data", key).text();
    }
}
