package org.demarche.alert.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.demarche.alert.TestStatements;
import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.EventTypes;
import org.junit.jupiter.api.Test;

class StatementRecordReaderTest {

    private final EventCodec codec = new EventCodec();
    private final StatementRecordReader reader = new StatementRecordReader(codec);

    @Test
    void readsAValidRecord() {
        String json = codec.encode(EventSchema.STATEMENT_ANALYZED, TestStatements.apt40ByAustralia("st-9"));
        assertEquals("st-9", reader.read(json, EventTypes.STATEMENT_ANALYZED_V1).statementId());
        assertEquals("st-9", reader.read(json, null).statementId());
    }

    @Test
    void rejectsAnotherEventType() {
        String json = codec.encode(EventSchema.STATEMENT_ANALYZED, TestStatements.apt40ByAustralia("st-9"));
        UnreadableRecordException e = assertThrows(UnreadableRecordException.class,
                () -> reader.read(json, EventTypes.STATEMENT_RECEIVED_V1));
        assertTrue(e.getMessage().contains("ce_type"), e.getMessage());
    }

    @Test
    void rejectsWhatTheContractRejects() {
        UnreadableRecordException notJson = assertThrows(UnreadableRecordException.class,
                () -> reader.read("{not json", EventTypes.STATEMENT_ANALYZED_V1));
        assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
        UnreadableRecordException invalid = assertThrows(UnreadableRecordException.class,
                () -> reader.read("{\"schemaVersion\": 1}", EventTypes.STATEMENT_ANALYZED_V1));
        assertTrue(invalid.getMessage().contains("violates its contract"), invalid.getMessage());
        assertThrows(UnreadableRecordException.class, () -> reader.read(null, EventTypes.STATEMENT_ANALYZED_V1));
    }

    @Test
    void rejectsAStatementWithoutId() {
        String json = codec.encode(EventSchema.STATEMENT_ANALYZED, TestStatements.apt40ByAustralia(null));
        UnreadableRecordException e = assertThrows(UnreadableRecordException.class, () -> reader.read(json, null));
        assertTrue(e.getMessage().contains("statementId"), e.getMessage());
    }
}
