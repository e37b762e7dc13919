package org.demarche.infra.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server (zonky embedded binaries) on a loopback port. The application role owns every database
 * created through {@link #ensureDatabase(String)}; several services may each have their own database on one server.
 */
public final class PostgresServer implements DatabaseServer, AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final DatabaseAdmin admin;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.admin = new DatabaseAdmin(() -> postgres.getPostgresDatabase().getConnection());
    }

    /**
     * Starts PostgreSQL on {@code dataDir}. An existing data directory is reused as is (zonky only runs initdb when
     * {@code postgresql.conf} is missing); a {@code null} one is a throw-away directory deleted on close.
     */
    public static PostgresServer start(Path dataDir, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port);
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            PostgresServer server = new PostgresServer(builder.start());
            server.admin.ensureApplicationRole();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL on port " + port, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    @Override
    public void ensureDatabase(String database) {
        admin.ensureDatabase(database);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop PostgreSQL", e);
        }
    }
}
