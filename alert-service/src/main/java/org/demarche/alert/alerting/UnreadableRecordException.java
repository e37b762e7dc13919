package org.demarche.alert.alerting;

/** A {@code statements.analyzed} record that cannot be turned into alerts; it goes to the dead-letter topic. */
public class UnreadableRecordException extends RuntimeException {

    public UnreadableRecordException(String message) {
        super(message);
    }

    public UnreadableRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
