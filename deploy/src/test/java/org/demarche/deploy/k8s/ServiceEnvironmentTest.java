package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The variables the manifests give each service are ones it reads, and carry what it needs. */
class ServiceEnvironmentTest {

    /** Read by the JVM itself rather than by Quarkus configuration. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final List<String> DATASOURCE_VARIABLES = List.of(
            "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");

    static Stream<Arguments> overlaysAndServices() {
        return ServiceWorkloadTest.overlaysAndServices();
    }

    private static Map<String, Object> environment(Path overlay, DemarcheService service) {
        RenderedManifests manifests = Kustomize.render(overlay);
        return Workloads.environment(Workloads.onlyContainer(manifests.get("Deployment", service.serviceName())),
                manifests);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void everyVariableIsOneTheServiceReads(String name, Path overlay, DemarcheService service) {
        Set<String> readByService = QuarkusConfigEnvironment.readBy(service.applicationProperties());
        Set<String> unread = new TreeSet<>(environment(overlay, service).keySet());
        unread.removeAll(readByService);
        unread.removeAll(JVM_VARIABLES);

        assertTrue(unread.isEmpty(), name + ": " + service + " is given " + unread + ", which "
                + RepositoryRoot.path(".").relativize(service.applicationProperties()).normalize()
                + " does not read (it reads " + readByService + ")");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void knowsWhereKafkaIs(String name, Path overlay, DemarcheService service) {
        Object bootstrapServers = environment(overlay, service).get("KAFKA_BOOTSTRAP_SERVERS");

        assertTrue(bootstrapServers instanceof String servers && servers.matches("[^,\\s]+:\\d+(,[^,\\s]+:\\d+)*"),
                name + ": " + service + " needs KAFKA_BOOTSTRAP_SERVERS as host:port[,host:port], has "
                        + bootstrapServers);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void databaseCredentialsComeFromTheServiceOwnSecret(String name, Path overlay, DemarcheService service) {
        Map<String, Object> environment = environment(overlay, service);

        if (service.database().isEmpty()) {
            DATASOURCE_VARIABLES.forEach(variable -> assertFalse(environment.containsKey(variable),
                    name + ": " + service + " has no database but is given " + variable));
            return;
        }
        for (String variable : DATASOURCE_VARIABLES) {
            Object value = environment.get(variable);
            assertTrue(value instanceof Workloads.SecretReference reference
                            && isSecretNamed(reference.secret(), service.databaseSecret()),
                    name + ": " + service + " must take " + variable + " from the Secret "
                            + service.databaseSecret() + ", takes " + value);
        }
    }

    /** Generated Secrets (dev) carry a content hash after their name. */
    private static boolean isSecretNamed(String actual, String expected) {
        return actual.equals(expected) || actual.matches(Pattern.quote(expected) + "-[a-z0-9]{10}");
    }

    @Test
    void devSecretsPointEachServiceAtItsOwnDatabase() {
        RenderedManifests dev = Kustomize.render(Kustomize.DEV);
        for (DemarcheService service : DemarcheService.values()) {
            if (service.database().isEmpty()) {
                continue;
            }
            Workloads.SecretReference reference = (Workloads.SecretReference) environment(Kustomize.DEV, service)
                    .get("QUARKUS_DATASOURCE_JDBC_URL");
            Node secret = dev.get("Secret", reference.secret());
            String jdbcUrl = decode(secret.get("data", reference.key()));

            assertTrue(jdbcUrl.matches("jdbc:postgresql://[^/]+/" + service.database().get() + "(\\?.*)?"),
                    secret.location() + ": " + service + " should use database " + service.database().get()
                            + ", not " + jdbcUrl);
        }
    }

    static String decode(Node base64) {
        return new String(Base64.getDecoder().decode(base64.requiredText()), StandardCharsets.UTF_8);
    }

    @Test
    void productionAlertServiceRefusesWebhooksToPrivateHosts() {
        Map<String, Object> environment = environment(Kustomize.PRODUCTION, DemarcheService.ALERT);

        assertTrue(environment.containsKey("DEMARCHE_WEBHOOK_ALLOWED_PRIVATE_HOSTS"),
                "production alert-service must set DEMARCHE_WEBHOOK_ALLOWED_PRIVATE_HOSTS explicitly");
        assertEquals("", environment.get("DEMARCHE_WEBHOOK_ALLOWED_PRIVATE_HOSTS"),
                "production alert-service must allow no private webhook host");
    }
}
