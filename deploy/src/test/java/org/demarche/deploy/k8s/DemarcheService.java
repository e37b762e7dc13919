package org.demarche.deploy.k8s;

import java.nio.file.Path;
import java.util.Optional;

/** The three services as the manifests must run them: name, HTTP port and, for two of them, their database. */
enum DemarcheService {

    INGEST("ingest-service", 8081, "demarche_ingest"),
    ANALYSIS("analysis-service", 8082, null),
    ALERT("alert-service", 8083, "demarche_alert");

    static final String IMAGE_REPOSITORY = "ghcr.io/demarche/";

    private final String serviceName;
    private final int httpPort;
    private final String database;

    DemarcheService(String serviceName, int httpPort, String database) {
        this.serviceName = serviceName;
        this.httpPort = httpPort;
        this.database = database;
    }

    String serviceName() {
        return serviceName;
    }

    int httpPort() {
        return httpPort;
    }

    Optional<String> database() {
        return Optional.ofNullable(database);
    }

    String imageName() {
        return IMAGE_REPOSITORY + serviceName;
    }

    Path applicationProperties() {
        return RepositoryRoot.path(serviceName, "src", "main", "resources", "application.properties");
    }

    /** The Secret holding QUARKUS_DATASOURCE_JDBC_URL/USERNAME/PASSWORD, for the services with a database. */
    String databaseSecret() {
        return serviceName + "-db";
    }

    @Override
    public String toString() {
        return serviceName;
    }
}
