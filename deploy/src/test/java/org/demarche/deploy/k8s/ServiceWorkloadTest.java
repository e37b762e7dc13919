package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each overlay runs each service as a Deployment behind a Service, probed, sized and locked down. */
class ServiceWorkloadTest {

    static Stream<Arguments> overlaysAndServices() {
        return Kustomize.OVERLAYS.stream().flatMap(overlay -> Stream.of(DemarcheService.values())
                .map(service -> Arguments.of(Kustomize.name(overlay), overlay, service)));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void deploymentIsLabelledAndSelectsItsOwnPods(String name, Path overlay, DemarcheService service) {
        Node deployment = Kustomize.render(overlay).get("Deployment", service.serviceName());
        Map<String, String> podLabels = Workloads.podLabels(deployment);

        assertEquals(service.serviceName(), podLabels.get("app.kubernetes.io/name"), deployment.location());
        assertEquals("demarche", podLabels.get("app.kubernetes.io/part-of"), deployment.location());
        assertEquals(service.serviceName(), deployment.get("metadata", "labels", "app.kubernetes.io/name").text());
        Map<String, String> selector = Workloads.texts(deployment.get("spec", "selector", "matchLabels"));
        assertTrue(Workloads.selects(selector, podLabels),
                deployment.location() + ": selector " + selector + " does not match its pod labels " + podLabels);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void runsTheServiceImageOnItsHttpPort(String name, Path overlay, DemarcheService service) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node container = Workloads.onlyContainer(manifests.get("Deployment", service.serviceName()));

        String image = container.get("image").requiredText();
        assertTrue(image.startsWith(service.imageName() + ":"), container.location() + ": image " + image
                + " should be " + service.imageName() + ":<tag>");
        List<Node> ports = container.get("ports").items();
        assertEquals(1, ports.size(), container.location() + " should expose only its HTTP port");
        assertEquals("http", ports.get(0).get("name").text());
        assertEquals(service.httpPort(), ports.get(0).get("containerPort").integer(), ports.get(0).location());
        assertEquals(String.valueOf(service.httpPort()),
                Workloads.environment(container, manifests).get("QUARKUS_HTTP_PORT"),
                container.location() + ": QUARKUS_HTTP_PORT must match the container port");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void serviceRoutesItsPortToTheDeploymentPods(String name, Path overlay, DemarcheService service) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node deployment = manifests.get("Deployment", service.serviceName());
        Node kubernetesService = manifests.get("Service", service.serviceName());
        Map<String, String> selector = Workloads.texts(kubernetesService.get("spec", "selector"));

        assertTrue(Workloads.selects(selector, Workloads.podLabels(deployment)),
                kubernetesService.location() + ": selector " + selector + " misses the pods of "
                        + deployment.location());
        for (Node otherOwner : manifests.podOwners()) {
            if (otherOwner != deployment) {
                assertTrue(!Workloads.selects(selector, Workloads.podLabels(otherOwner)),
                        kubernetesService.location() + " also selects the pods of " + otherOwner.location());
            }
        }
        List<Node> ports = kubernetesService.get("spec", "ports").items();
        assertEquals(1, ports.size(), kubernetesService.location());
        Node port = ports.get(0);
        assertEquals(service.httpPort(), port.get("port").integer(), port.location());
        assertEquals(service.httpPort(),
                Workloads.resolvePort(Workloads.onlyContainer(deployment), port.get("targetPort")),
                port.location() + ".targetPort");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void probesAskQuarkusHealthOnTheContainerPort(String name, Path overlay, DemarcheService service) {
        Node container = Workloads.onlyContainer(Kustomize.render(overlay).get("Deployment", service.serviceName()));

        assertProbe(container, "startupProbe", "/q/health/started", service);
        assertProbe(container, "livenessProbe", "/q/health/live", service);
        assertProbe(container, "readinessProbe", "/q/health/ready", service);
    }

    private static void assertProbe(Node container, String probeName, String path, DemarcheService service) {
        Node httpGet = container.get(probeName, "httpGet");
        assertTrue(httpGet.exists(), container.location() + " needs an HTTP " + probeName);
        assertEquals(path, httpGet.get("path").text(), httpGet.location());
        assertEquals(service.httpPort(), Workloads.resolvePort(container, httpGet.get("port")),
                httpGet.location() + ".port");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void jvmHeapFollowsAGuaranteedMemoryLimit(String name, Path overlay, DemarcheService service) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node container = Workloads.onlyContainer(manifests.get("Deployment", service.serviceName()));
        Node resources = container.get("resources");

        for (String bound : List.of("requests", "limits")) {
            for (String resource : List.of("cpu", "memory")) {
                assertNotNull(resources.get(bound, resource).text(),
                        resources.location() + "." + bound + "." + resource + " must be set");
            }
        }
        // A JVM does not give heap back readily: a request below the limit invites an OOM kill under pressure.
        assertEquals(resources.get("limits", "memory").text(), resources.get("requests", "memory").text(),
                resources.location() + ": memory request and limit should be equal");
        Object javaOptions = Workloads.environment(container, manifests).get("JAVA_TOOL_OPTIONS");
        assertTrue(javaOptions instanceof String options && options.contains("-XX:MaxRAMPercentage="),
                container.location() + ": JAVA_TOOL_OPTIONS should size the heap with -XX:MaxRAMPercentage, is "
                        + javaOptions);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void runsAsNonRootOnAReadOnlyFilesystemWithAWritableTmp(String name, Path overlay, DemarcheService service) {
        Node deployment = Kustomize.render(overlay).get("Deployment", service.serviceName());
        Node container = Workloads.onlyContainer(deployment);

        assertEquals("true", Workloads.podSpec(deployment).get("securityContext", "runAsNonRoot").text(),
                deployment.location() + " must run as non-root");
        assertEquals("true", container.get("securityContext", "readOnlyRootFilesystem").text(),
                container.location() + " needs a read-only root filesystem");
        Node tmpMount = container.get("volumeMounts").items().stream()
                .filter(mount -> "/tmp".equals(mount.get("mountPath").text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.location() + " must mount a volume on /tmp"));
        String volumeName = tmpMount.get("name").text();
        assertTrue(Workloads.podSpec(deployment).get("volumes").items().stream()
                        .anyMatch(volume -> volumeName.equals(volume.get("name").text())
                                && volume.get("emptyDir").exists()),
                deployment.location() + ": /tmp should be an emptyDir volume");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void disruptionBudgetCoversThePods(String name, Path overlay, DemarcheService service) {
        RenderedManifests manifests = Kustomize.render(overlay);
        Node budget = manifests.get("PodDisruptionBudget", service.serviceName());

        assertTrue(Workloads.selects(Workloads.texts(budget.get("spec", "selector", "matchLabels")),
                        Workloads.podLabels(manifests.get("Deployment", service.serviceName()))),
                budget.location() + " does not select the pods of " + service);
        assertTrue(budget.get("spec", "maxUnavailable").exists() || budget.get("spec", "minAvailable").exists(),
                budget.location() + " sets no budget");
    }
}
