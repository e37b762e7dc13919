package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one Dockerfile builds any service, as the user the manifests expect. */
class ContainerImageTest {

    private static final Path CONTAINER = RepositoryRoot.path("deploy", "container");
    private static final Pattern USER = Pattern.compile("(?m)^USER\\s+(\\d+)(?::(\\d+))?\\s*$");

    @Test
    void buildsAnyServiceFromItsQuarkusApp() throws IOException {
        String dockerfile = Files.readString(CONTAINER.resolve("Dockerfile"));

        assertTrue(dockerfile.contains("ARG SERVICE"), "the Dockerfile takes the service as build arg SERVICE");
        assertTrue(dockerfile.contains("${SERVICE}/target/quarkus-app/"), "it copies <service>/target/quarkus-app");
        assertTrue(dockerfile.contains("quarkus-run.jar"), "it runs quarkus-run.jar");
        String ignore = Files.readString(CONTAINER.resolve("Dockerfile.dockerignore"));
        for (DemarcheService service : DemarcheService.values()) {
            assertTrue(ignore.contains("!" + service.serviceName() + "/target/quarkus-app/"),
                    "Dockerfile.dockerignore must let " + service + "'s quarkus-app into the build context");
            assertTrue(Files.isRegularFile(RepositoryRoot.path(service.serviceName(), "pom.xml")),
                    service + " is not a module of the repository");
        }
    }

    @Test
    void recordsTheAnalysisServiceAotCacheWithTheImagesJvmAndStartsWithIt() throws IOException {
        String dockerfile = Files.readString(CONTAINER.resolve("Dockerfile"));
        int training = dockerfile.indexOf("-XX:AOTCacheOutput=app.aot");
        int user = dockerfile.indexOf("\nUSER ");
        Matcher base = Pattern.compile("(?m)^FROM eclipse-temurin:(\\d+)-jre\\s*$").matcher(dockerfile);

        assertTrue(base.find(), "the image is built on an eclipse-temurin JRE");
        assertTrue(Integer.parseInt(base.group(1)) >= 25, "an AOT cache (-XX:AOTCacheOutput) needs JDK 25 or later");
        assertTrue(training >= 0, "the image records analysis-service's AOT cache with its own JVM");
        assertTrue(training < user, "the cache is recorded before USER, in /deployments (owned by root)");
        assertTrue(dockerfile.contains("demarche.analysis.warm-up.exit-when-done=true"),
                "the training run ends after its warm-up");
        assertTrue(dockerfile.contains("echo \"-XX:AOTCache=app.aot\" > jvm.args"),
                "analysis-service's image passes the cache to the JVM through jvm.args");
        assertTrue(dockerfile.contains(": > jvm.args"), "the other images get an empty jvm.args");
        assertTrue(dockerfile.substring(dockerfile.indexOf("ENTRYPOINT")).contains("\"@/deployments/jvm.args\""),
                "the service starts with the options of jvm.args");
    }

    @Test
    void runsAsTheNonRootUserTheDeploymentsDeclare() throws IOException {
        Matcher user = USER.matcher(Files.readString(CONTAINER.resolve("Dockerfile")));
        assertTrue(user.find(), "the Dockerfile must switch to a numeric USER, so that runAsNonRoot can be checked");
        int uid = Integer.parseInt(user.group(1));
        assertTrue(uid > 0, "USER " + uid + " is root");

        RenderedManifests base = Kustomize.render(Kustomize.BASE);
        for (DemarcheService service : DemarcheService.values()) {
            Node pod = Workloads.podSpec(base.get("Deployment", service.serviceName()));
            assertEquals(uid, pod.get("securityContext", "runAsUser").integer(),
                    pod.location() + ".securityContext.runAsUser should be the image's USER");
        }
    }
}
