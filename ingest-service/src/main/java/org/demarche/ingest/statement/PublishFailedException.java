package org.demarche.ingest.statement;

/** Kafka did not acknowledge a statement record (timeout, broker down, rejected). */
public class PublishFailedException extends Exception {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
