package org.demarche.infra.testing;

import org.testcontainers.DockerClientFactory;

/**
 * Whether the test resources run their servers in containers. Where Docker answers they do (images are the usual
 * choice there); elsewhere, as in CI, the servers run from Maven artifacts. The system property or environment
 * variable {@value #SWITCH} ({@code auto}, {@code true}, {@code false}) overrides the detection.
 */
final class Docker {

    static final String SWITCH = "demarche.infra.docker";
    private static final String SWITCH_ENV = "DEMARCHE_INFRA_DOCKER";
    private static Boolean usable;

    private Docker() {
    }

    static synchronized boolean usable() {
        if (usable == null) {
            String choice = System.getProperty(SWITCH, System.getenv().getOrDefault(SWITCH_ENV, "auto"));
            usable = switch (choice) {
                case "true" -> true;
                case "false" -> false;
                default -> answers();
            };
        }
        return usable;
    }

    private static boolean answers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError noDocker) {
            return false;
        }
    }
}
