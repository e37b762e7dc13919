package org.demarche.infra.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import org.demarche.infra.testing.PostgresTestResource;
import org.junit.jupiter.api.Test;

class PostgresTestResourceTest {

    @Test
    void givesEachRequestedDatabaseItsOwnSchemaOnOneServer() throws Exception {
        Map<String, String> ingest = started("demarche_ingest_test");
        Map<String, String> alert = started("demarche_alert_test");

        assertNotEquals(ingest.get("quarkus.datasource.jdbc.url"), alert.get("quarkus.datasource.jdbc.url"));
        execute(ingest, "CREATE TABLE only_in_ingest (id int)");
        assertEquals("demarche_alert_test", query(alert, "SELECT current_database()"));
        assertEquals("0", query(alert, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_ingest'"));
        assertEquals("1", query(ingest, "SELECT count(*) FROM pg_tables WHERE tablename = 'only_in_ingest'"));
    }

    @Test
    void startingTwiceReusesTheExistingDatabase() throws Exception {
        Map<String, String> first = started("demarche_reused");
        execute(first, "CREATE TABLE kept (id int)");
        Map<String, String> second = started("demarche_reused");

        assertEquals("1", query(second, "SELECT count(*) FROM pg_tables WHERE tablename = 'kept'"));
    }

    @Test
    void defaultsToTheDemarcheDatabaseOwnedByTheApplicationUser() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of());
        Map<String, String> config = resource.start();

        assertEquals("demarche", query(config, "SELECT current_database()"));
        assertEquals("demarche", query(config, "SELECT current_user"));
    }

    @Test
    void rejectsDatabaseNamesThatAreNotPlainIdentifiers() {
        assertThrows(IllegalArgumentException.class,
                () -> PostgresTestResource.server().ensureDatabase("x; DROP DATABASE postgres"));
    }

    private static Map<String, String> started(String database) {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of(PostgresTestResource.DATABASE_ARG, database));
        return resource.start();
    }

    private static void execute(Map<String, String> config, String sql) throws Exception {
        try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String query(Map<String, String> config, String sql) throws Exception {
        try (Connection connection = connect(config); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static Connection connect(Map<String, String> config) throws Exception {
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
    }
}
