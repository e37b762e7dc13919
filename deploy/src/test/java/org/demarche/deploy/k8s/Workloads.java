package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading pod templates, containers and their environment out of rendered manifests. */
final class Workloads {

    /** A value that comes from a Secret, which the rendered manifests may not contain (production). */
    record SecretReference(String secret, String key) {
    }

    private Workloads() {
    }

    static Node podSpec(Node owner) {
        return owner.get("spec", "template", "spec");
    }

    static Map<String, String> podLabels(Node owner) {
        return texts(owner.get("spec", "template", "metadata", "labels"));
    }

    static List<Node> allContainers(Node owner) {
        List<Node> containers = new ArrayList<>(podSpec(owner).get("initContainers").items());
        containers.addAll(podSpec(owner).get("containers").items());
        return containers;
    }

    static Node onlyContainer(Node owner) {
        List<Node> containers = podSpec(owner).get("containers").items();
        assertEquals(1, containers.size(), RenderedManifests.describe(owner) + " should run exactly one container");
        return containers.get(0);
    }

    static Map<String, String> texts(Node mapping) {
        Map<String, String> texts = new LinkedHashMap<>();
        mapping.entries().forEach((key, value) -> texts.put(key, value.text()));
        return texts;
    }

    /**
     * Every environment variable the container gets: from its env list (a value, or a SecretReference) and from
     * the ConfigMaps of its envFrom list, which must be part of the same rendering.
     */
    static Map<String, Object> environment(Node container, RenderedManifests manifests) {
        Map<String, Object> environment = new LinkedHashMap<>();
        for (Node source : container.get("envFrom").items()) {
            String configMap = source.get("configMapRef", "name").text();
            if (configMap == null) {
                fail(source.location() + ": only configMapRef is expected in envFrom (Secrets go through"
                        + " secretKeyRef, one variable at a time)");
            }
            Node data = manifests.get("ConfigMap", configMap).get("data");
            data.entries().forEach((key, value) -> environment.put(key, value.text() == null ? "" : value.text()));
        }
        for (Node variable : container.get("env").items()) {
            String name = variable.get("name").requiredText();
            Node secretKey = variable.get("valueFrom", "secretKeyRef");
            if (secretKey.exists()) {
                environment.put(name, new SecretReference(secretKey.get("name").requiredText(),
                        secretKey.get("key").requiredText()));
            } else if (variable.get("valueFrom").exists()) {
                environment.put(name, variable.get("valueFrom").raw());
            } else {
                environment.put(name, variable.get("value").text() == null ? "" : variable.get("value").text());
            }
        }
        return environment;
    }

    /** The container port a probe or Service port designates, by name or number. */
    static int resolvePort(Node container, Node port) {
        if (port.raw() instanceof Integer number) {
            return number;
        }
        String portName = port.requiredText();
        return container.get("ports").items().stream()
                .filter(candidate -> portName.equals(candidate.get("name").text()))
                .map(candidate -> candidate.get("containerPort").integer())
                .findFirst()
                .orElseGet(() -> fail(port.location() + " names port " + portName + ", which "
                        + container.location() + " does not declare"));
    }

    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }
}
