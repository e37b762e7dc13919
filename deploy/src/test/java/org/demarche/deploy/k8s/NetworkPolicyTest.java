package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service accepts traffic on its HTTP port only and reaches out only to what it uses. */
class NetworkPolicyTest {

    private static final int DNS = 53;
    private static final int KAFKA = 9092;
    private static final int POSTGRES = 5432;
    private static final Set<String> PRIVATE_IPV4_RANGES = Set.of(
            "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16");

    static Stream<Arguments> overlaysAndServices() {
        return ServiceWorkloadTest.overlaysAndServices();
    }

    private static Node policyFor(RenderedManifests manifests, DemarcheService service) {
        Node deployment = manifests.get("Deployment", service.serviceName());
        List<Node> policies = manifests.ofKind("NetworkPolicy").stream()
                .filter(policy -> Workloads.selects(Workloads.texts(policy.get("spec", "podSelector", "matchLabels")),
                        Workloads.podLabels(deployment)))
                .toList();
        assertEquals(1, policies.size(), manifests.source() + ": " + service + " should have one NetworkPolicy");
        Node policy = policies.get(0);
        assertEquals(List.of("Ingress", "Egress"),
                policy.get("spec", "policyTypes").items().stream().map(Node::text).toList(), policy.location());
        return policy;
    }

    private static Set<Integer> ports(List<Node> rules) {
        Set<Integer> ports = new TreeSet<>();
        rules.forEach(rule -> rule.get("ports").items().forEach(port -> ports.add(port.get("port").integer())));
        return ports;
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void acceptsOnlyItsHttpPort(String name, Path overlay, DemarcheService service) {
        Node policy = policyFor(Kustomize.render(overlay), service);
        List<Node> ingress = policy.get("spec", "ingress").items();

        assertTrue(ingress.stream().allMatch(rule -> rule.get("ports").exists()),
                policy.location() + ": an ingress rule without ports opens every port");
        assertEquals(Set.of(service.httpPort()), ports(ingress), policy.location() + " ingress ports");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void reachesDnsKafkaAndItsDatabaseOnly(String name, Path overlay, DemarcheService service) {
        Node policy = policyFor(Kustomize.render(overlay), service);
        List<Node> portRules = policy.get("spec", "egress").items().stream()
                .filter(rule -> !rule.get("to").exists())
                .toList();

        Set<Integer> expected = new TreeSet<>(Set.of(DNS, KAFKA));
        service.database().ifPresent(database -> expected.add(POSTGRES));
        assertEquals(expected, ports(portRules), policy.location() + " egress ports");
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("overlaysAndServices")
    void onlyAlertServiceReachesThePublicInternetAndNeverPrivateRanges(String name, Path overlay,
            DemarcheService service) {
        Node policy = policyFor(Kustomize.render(overlay), service);
        List<Node> ipBlocks = policy.get("spec", "egress").items().stream()
                .flatMap(rule -> rule.get("to").items().stream())
                .map(peer -> peer.get("ipBlock"))
                .filter(Node::exists)
                .toList();

        if (service != DemarcheService.ALERT) {
            assertEquals(List.of(), ipBlocks, policy.location() + ": only alert-service calls out (webhooks)");
            return;
        }
        Node everywhere = ipBlocks.stream().filter(block -> "0.0.0.0/0".equals(block.get("cidr").text()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(policy.location() + " should let webhooks reach the internet"));
        Set<String> excluded = new TreeSet<>(everywhere.get("except").items().stream().map(Node::text).toList());
        assertTrue(excluded.containsAll(PRIVATE_IPV4_RANGES), everywhere.location() + " must keep "
                + PRIVATE_IPV4_RANGES + " closed, excludes only " + excluded);
    }
}
