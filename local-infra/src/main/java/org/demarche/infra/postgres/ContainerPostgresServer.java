package org.demarche.infra.postgres;

import java.sql.DriverManager;

import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;

/** PostgreSQL in a Testcontainers container, for machines that have Docker. */
public final class ContainerPostgresServer implements DatabaseServer, AutoCloseable {

    private static final String IMAGE = "postgres:17";
    private static final int POSTGRES_PORT = 5432;
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_PASSWORD = "postgres";
    /** The image's entrypoint starts the server twice (init scripts, then for real). */
    private static final int READY_MESSAGES = 2;

    private final GenericContainer<?> container;
    private final DatabaseAdmin admin;

    private ContainerPostgresServer(GenericContainer<?> container) {
        this.container = container;
        this.admin = new DatabaseAdmin(
                () -> DriverManager.getConnection(jdbcUrl(SUPERUSER), SUPERUSER, SUPERUSER_PASSWORD));
    }

    @SuppressWarnings("resource") // closed by close()
    public static ContainerPostgresServer start() {
        GenericContainer<?> container = new GenericContainer<>(IMAGE)
                .withEnv("POSTGRES_USER", SUPERUSER)
                .withEnv("POSTGRES_PASSWORD", SUPERUSER_PASSWORD)
                .withExposedPorts(POSTGRES_PORT)
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*\\s",
                        READY_MESSAGES));
        container.start();
        ContainerPostgresServer server = new ContainerPostgresServer(container);
        server.admin.ensureApplicationRole();
        return server;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + container.getHost() + ":" + container.getMappedPort(POSTGRES_PORT) + "/"
                + database;
    }

    @Override
    public void ensureDatabase(String database) {
        admin.ensureDatabase(database);
    }

    @Override
    public void close() {
        container.stop();
    }
}
