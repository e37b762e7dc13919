package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pod of every overlay, Kafka and PostgreSQL of the dev overlay included, meets the "restricted" Pod Security
 * Standard, has resource bounds and runs a pinned image.
 */
class WorkloadHardeningTest {

    static Stream<Arguments> overlays() {
        return Kustomize.OVERLAYS.stream().map(overlay -> Arguments.of(Kustomize.name(overlay), overlay));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyImageHasAnExplicitTagOtherThanLatest(String name, Path overlay) {
        for (Node owner : Kustomize.render(overlay).podOwners()) {
            for (Node container : Workloads.allContainers(owner)) {
                String image = container.get("image").requiredText();
                String lastSegment = image.substring(image.lastIndexOf('/') + 1);
                assertTrue(lastSegment.contains(":") || image.contains("@sha256:"),
                        container.location() + ": image " + image + " has no tag, which means latest");
                assertFalse(image.endsWith(":latest"), container.location() + ": image " + image);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyPodMeetsTheRestrictedPodSecurityStandard(String name, Path overlay) {
        for (Node owner : Kustomize.render(overlay).podOwners()) {
            Node podSecurity = Workloads.podSpec(owner).get("securityContext");
            for (Node container : Workloads.allContainers(owner)) {
                Node security = container.get("securityContext");
                assertEquals("true", firstPresent(security.get("runAsNonRoot"), podSecurity.get("runAsNonRoot")),
                        container.location() + " must run as non-root");
                assertEquals("false", security.get("allowPrivilegeEscalation").text(),
                        container.location() + ".securityContext.allowPrivilegeEscalation");
                assertEquals(List.of("ALL"), security.get("capabilities", "drop").items().stream()
                        .map(Node::text).toList(), container.location() + " must drop all capabilities");
                assertEquals("RuntimeDefault", firstPresent(security.get("seccompProfile", "type"),
                        podSecurity.get("seccompProfile", "type")), container.location() + " seccomp profile");
                Object user = firstPresent(security.get("runAsUser"), podSecurity.get("runAsUser"));
                assertTrue(user == null || !"0".equals(user), container.location() + " runs as uid 0");
            }
        }
    }

    private static String firstPresent(Node preferred, Node fallback) {
        return preferred.exists() ? preferred.text() : fallback.text();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void everyContainerHasResourceRequestsAndLimits(String name, Path overlay) {
        for (Node owner : Kustomize.render(overlay).podOwners()) {
            for (Node container : Workloads.allContainers(owner)) {
                for (String bound : List.of("requests", "limits")) {
                    assertNotNull(container.get("resources", bound, "memory").text(),
                            container.location() + ".resources." + bound + ".memory");
                }
                assertNotNull(container.get("resources", "requests", "cpu").text(),
                        container.location() + ".resources.requests.cpu");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void noPodGetsServiceLinkVariablesOrAnApiToken(String name, Path overlay) {
        for (Node owner : Kustomize.render(overlay).podOwners()) {
            // A Service named kafka would otherwise inject KAFKA_PORT & co, which Quarkus and the Kafka image
            // both read as configuration.
            assertEquals("false", Workloads.podSpec(owner).get("enableServiceLinks").text(),
                    owner.location() + ".spec.template.spec.enableServiceLinks");
            assertEquals("false", Workloads.podSpec(owner).get("automountServiceAccountToken").text(),
                    owner.location() + ".spec.template.spec.automountServiceAccountToken");
        }
    }

    @Test
    void theThreeServicesShipTheSameVersion() {
        RenderedManifests base = Kustomize.render(Kustomize.BASE);
        Set<String> tags = new TreeSet<>();
        for (DemarcheService service : DemarcheService.values()) {
            String image = Workloads.onlyContainer(base.get("Deployment", service.serviceName()))
                    .get("image").requiredText();
            tags.add(image.substring(image.lastIndexOf(':') + 1));
        }
        assertEquals(1, tags.size(), "the services are built and released together, but are tagged " + tags);
    }
}
