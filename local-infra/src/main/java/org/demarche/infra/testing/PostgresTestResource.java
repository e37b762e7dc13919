package org.demarche.infra.testing;

import java.util.Map;

import org.demarche.infra.FreePort;
import org.demarche.infra.postgres.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL database for Quarkus tests. One server serves the whole test JVM; each test resource creates the
 * database named by the init arg {@code database} (default {@value #DEFAULT_DATABASE}) on it if missing.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "demarche";

    private static PostgresServer server;

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        PostgresServer shared = server();
        shared.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", shared.jdbcUrl(database),
                "quarkus.datasource.username", PostgresServer.APPLICATION_USER,
                "quarkus.datasource.password", PostgresServer.APPLICATION_PASSWORD);
    }

    @Override
    public void stop() {
        // the server outlives each Quarkus application; the shutdown hook stops it
    }

    /** Starts the JVM-wide server if needed; usable without Quarkus too. */
    public static synchronized PostgresServer server() {
        if (server == null) {
            PostgresServer started = PostgresServer.start(null, FreePort.find());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-test-server-stop"));
            server = started;
        }
        return server;
    }
}
