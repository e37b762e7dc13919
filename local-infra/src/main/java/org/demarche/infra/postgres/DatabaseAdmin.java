package org.demarche.infra.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** The superuser statements that give the application role its databases, whatever runs PostgreSQL. */
final class DatabaseAdmin {

    /** Database names end up in SQL text (CREATE DATABASE takes no parameters), so only plain identifiers pass. */
    private static final Pattern SAFE_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    interface SuperuserConnections {
        Connection open() throws SQLException;
    }

    private final SuperuserConnections connections;

    DatabaseAdmin(SuperuserConnections connections) {
        this.connections = connections;
    }

    void ensureApplicationRole() {
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '"
                    + DatabaseServer.APPLICATION_USER + "') THEN CREATE ROLE " + DatabaseServer.APPLICATION_USER
                    + " LOGIN PASSWORD '" + DatabaseServer.APPLICATION_PASSWORD + "'; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create role " + DatabaseServer.APPLICATION_USER, e);
        }
    }

    synchronized void ensureDatabase(String database) {
        if (!SAFE_IDENTIFIER.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain lower-case database name: " + database);
        }
        try (Connection connection = connections.open();
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + database + " OWNER " + DatabaseServer.APPLICATION_USER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }
}
