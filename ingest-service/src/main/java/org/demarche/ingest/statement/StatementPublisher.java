package org.demarche.ingest.statement;

/** Hands an encoded {@code StatementReceived} event to Kafka and waits until it is acknowledged. */
public interface StatementPublisher {

    /**
     * Returns once the broker acknowledged the record.
     *
     * @throws PublishFailedException when it was not acknowledged in time or was rejected
     */
    void publish(String statementId, String eventJson) throws PublishFailedException;
}
