package org.demarche.infra.postgres;

/** A PostgreSQL server on which the application role gets its own databases. */
public interface DatabaseServer {

    String APPLICATION_USER = "demarche";
    String APPLICATION_PASSWORD = "demarche";

    String jdbcUrl(String database);

    /** Creates the database, owned by the application role, unless it exists. */
    void ensureDatabase(String database);
}
