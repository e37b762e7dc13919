package org.demarche.infra.testing;

import java.util.Map;

import org.demarche.infra.FreePort;
import org.demarche.infra.postgres.ContainerPostgresServer;
import org.demarche.infra.postgres.DatabaseServer;
import org.demarche.infra.postgres.PostgresServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real PostgreSQL database for Quarkus tests. One server serves the whole test JVM (in a container where Docker is
 * available, otherwise zonky's embedded binaries); each test resource creates the database named by the init arg
 * {@code database} (default {@value #DEFAULT_DATABASE}) on it if missing.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "demarche";

    private static final System.Logger LOG = System.getLogger(PostgresTestResource.class.getName());

    private static DatabaseServer server;

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        DatabaseServer shared = server();
        shared.ensureDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", shared.jdbcUrl(database),
                "quarkus.datasource.username", DatabaseServer.APPLICATION_USER,
                "quarkus.datasource.password", DatabaseServer.APPLICATION_PASSWORD);
    }

    @Override
    public void stop() {
        // the server outlives each Quarkus application; the shutdown hook stops it
    }

    /** Starts the JVM-wide server if needed; usable without Quarkus too. */
    public static synchronized DatabaseServer server() {
        if (server == null) {
            long begin = System.nanoTime();
            if (Docker.usable()) {
                ContainerPostgresServer started = ContainerPostgresServer.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-test-container-stop"));
                server = started;
            } else {
                PostgresServer started = PostgresServer.start(null, FreePort.find());
                Runtime.getRuntime().addShutdownHook(new Thread(started::close, "postgres-test-server-stop"));
                server = started;
            }
            LOG.log(System.Logger.Level.INFO, "PostgreSQL ready after {0} ms",
                    Long.toString((System.nanoTime() - begin) / 1_000_000));
        }
        return server;
    }
}
