package org.demarche.deploy.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class QuarkusConfigEnvironmentTest {

    @Test
    void mapsPropertyNamesToEnvironmentNamesTheWayQuarkusDoes() {
        assertEquals("QUARKUS_HTTP_PORT", QuarkusConfigEnvironment.envName("quarkus.http.port"));
        assertEquals("DEMARCHE_WEBHOOK_ALLOWED_PRIVATE_HOSTS",
                QuarkusConfigEnvironment.envName("demarche.webhook.allowed-private-hosts"));
        assertEquals("QUARKUS_DATASOURCE_JDBC_URL",
                QuarkusConfigEnvironment.envName("%prod.quarkus.datasource.jdbc.url"));
        assertEquals("QUARKUS_DATASOURCE__USERS__JDBC_URL",
                QuarkusConfigEnvironment.envName("quarkus.datasource.\"users\".jdbc.url"));
    }

    @Test
    void collectsPropertiesAndTheNamesTheirExpressionsLookUp(@TempDir Path directory) throws IOException {
        Path properties = directory.resolve("application.properties");
        Files.writeString(properties, String.join("\n",
                "quarkus.http.port=8083",
                "%dev.kafka.bootstrap.servers=localhost:9092",
                "quarkus.datasource.jdbc.url=${DB_URL:jdbc:postgresql://localhost/${db.name:x}}",
                "# quarkus.log.level=DEBUG"));

        assertEquals(Set.of("QUARKUS_HTTP_PORT", "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_DATASOURCE_JDBC_URL",
                "DB_URL", "DB_NAME"), QuarkusConfigEnvironment.readBy(properties));
    }

    @Test
    void refusesToGuessWhenTheFileIsMissing(@TempDir Path directory) {
        assertThrows(AssertionFailedError.class,
                () -> QuarkusConfigEnvironment.readBy(directory.resolve("application.properties")));
    }
}
