package org.demarche.alert.alerting;

import org.demarche.contracts.ContractViolationException;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementAnalyzed;

/** Reads a {@code statements.analyzed} record (its value and CloudEvents type) or says why it cannot. */
public final class StatementRecordReader {

    private final EventCodec codec;

    public StatementRecordReader(EventCodec codec) {
        this.codec = codec;
    }

    /** @param cloudEventType the {@code ce_type} header, or null when the record has none */
    public StatementAnalyzed read(String value, String cloudEventType) {
        String expectedType = EventSchema.STATEMENT_ANALYZED.cloudEventType();
        if (cloudEventType != null && !expectedType.equals(cloudEventType)) {
            throw new UnreadableRecordException("ce_type is " + cloudEventType + ", expected " + expectedType);
        }
        if (value == null) {
            throw new UnreadableRecordException("record has no value");
        }
        StatementAnalyzed statement;
        try {
            statement = codec.decode(EventSchema.STATEMENT_ANALYZED, value);
        } catch (ContractViolationException e) {
            throw new UnreadableRecordException(e.getMessage(), e);
        }
        if (statement.statementId() == null || statement.statementId().isBlank()) {
            throw new UnreadableRecordException("statementId is missing; alerts need it to be idempotent");
        }
        return statement;
    }
}
