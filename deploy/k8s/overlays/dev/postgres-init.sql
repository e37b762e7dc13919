-- Run once, by the postgres image's entrypoint, when the data directory is first initialised.
-- One database per service that keeps state; the services create their own tables (Flyway).
CREATE DATABASE demarche_ingest;
CREATE DATABASE demarche_alert;
