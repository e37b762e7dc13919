package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The Kubernetes objects that one kustomization renders to. */
final class RenderedManifests {

    private static final Set<String> POD_TEMPLATE_OWNERS = Set.of("Deployment", "StatefulSet", "DaemonSet", "Job");

    private final String source;
    private final List<Node> objects;

    RenderedManifests(String source, List<Node> objects) {
        this.source = source;
        this.objects = List.copyOf(objects);
    }

    String source() {
        return source;
    }

    List<Node> all() {
        return objects;
    }

    List<Node> ofKind(String kind) {
        return objects.stream().filter(object -> kind.equals(object.get("kind").text())).toList();
    }

    Optional<Node> find(String kind, String name) {
        return ofKind(kind).stream().filter(object -> name.equals(object.get("metadata", "name").text())).findFirst();
    }

    Node get(String kind, String name) {
        return find(kind, name).orElseGet(() -> fail(source + " renders no " + kind + " named " + name
                + "; it has " + names(kind)));
    }

    Set<String> names(String kind) {
        return ofKind(kind).stream().map(object -> object.get("metadata", "name").text())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Every object that runs pods (Deployments, StatefulSets, DaemonSets, Jobs), CronJobs aside. */
    List<Node> podOwners() {
        return objects.stream().filter(object -> POD_TEMPLATE_OWNERS.contains(object.get("kind").text())).toList();
    }

    static String describe(Node object) {
        return object.get("kind").text() + "/" + object.get("metadata", "name").text();
    }
}
