package org.demarche.ingest.statement;

/** Where a stored statement is on its way to Kafka. */
public enum StatementStatus {
    /** Stored, not yet acknowledged by Kafka: a retry of the same submission or the re-publisher sends it again. */
    PENDING,
    /** Kafka acknowledged the {@code StatementReceived} record. */
    PUBLISHED
}
