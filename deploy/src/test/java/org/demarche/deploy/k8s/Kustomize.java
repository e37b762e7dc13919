package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Renders a kustomization with `kubectl kustomize`, as `kubectl apply -k` would, once per test JVM. */
final class Kustomize {

    static final Path K8S = RepositoryRoot.path("deploy", "k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path DEV = K8S.resolve("overlays/dev");
    static final Path PRODUCTION = K8S.resolve("overlays/production");
    static final List<Path> OVERLAYS = List.of(DEV, PRODUCTION);

    /** A safety net for a wedged kubectl; rendering takes well under a second. */
    private static final long RENDER_TIMEOUT_SECONDS = 120;

    private static final Map<Path, RenderedManifests> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    static RenderedManifests render(Path kustomization) {
        return RENDERED.computeIfAbsent(kustomization, Kustomize::renderNow);
    }

    static String name(Path kustomization) {
        return K8S.relativize(kustomization).toString();
    }

    private static RenderedManifests renderNow(Path kustomization) {
        String yaml = runKubectlKustomize(kustomization);
        List<Node> objects = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document == null) {
                continue;
            }
            Node probe = new Node(document, "?");
            String location = probe.get("kind").text() + "/" + probe.get("metadata", "name").text();
            objects.add(new Node(document, location));
        }
        if (objects.isEmpty()) {
            fail("kubectl kustomize " + kustomization + " rendered nothing");
        }
        return new RenderedManifests(name(kustomization), objects);
    }

    private static String runKubectlKustomize(Path kustomization) {
        Path errors = null;
        try {
            errors = Files.createTempFile("kustomize", ".err");
            Process process;
            try {
                process = new ProcessBuilder("kubectl", "kustomize", kustomization.toString())
                        .redirectError(errors.toFile())
                        .start();
            } catch (IOException e) {
                return fail("Cannot run `kubectl kustomize`: kubectl (which bundles kustomize) must be on the PATH"
                        + " to check the manifests under deploy/k8s (" + e.getMessage() + ")", e);
            }
            String output;
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!process.waitFor(RENDER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("kubectl kustomize " + kustomization + " did not finish");
            }
            if (process.exitValue() != 0) {
                return fail("kubectl kustomize " + kustomization + " failed (exit " + process.exitValue() + "):\n"
                        + Files.readString(errors));
            }
            return output;
        } catch (IOException e) {
            return fail("Cannot render " + kustomization, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while rendering " + kustomization, e);
        } finally {
            if (errors != null) {
                errors.toFile().delete();
            }
        }
    }
}
