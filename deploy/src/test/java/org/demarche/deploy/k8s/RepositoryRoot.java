package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The root of the Démarche checkout, found from the working directory (Surefire runs in deploy/). */
final class RepositoryRoot {

    private static final Path ROOT = find();

    private RepositoryRoot() {
    }

    static Path path(String first, String... more) {
        return ROOT.resolve(Path.of(first, more));
    }

    private static Path find() {
        Path directory = Path.of("").toAbsolutePath();
        while (directory != null) {
            if (Files.isRegularFile(directory.resolve("mvnw"))
                    && Files.isDirectory(directory.resolve("event-contracts"))
                    && Files.isDirectory(directory.resolve("deploy"))) {
                return directory;
            }
            directory = directory.getParent();
        }
        return fail("Cannot find the repository root (with mvnw, event-contracts/ and deploy/) above "
                + Path.of("").toAbsolutePath());
    }
}
