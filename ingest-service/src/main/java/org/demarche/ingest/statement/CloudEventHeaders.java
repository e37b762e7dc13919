package org.demarche.ingest.statement;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.contracts.EventTypes;

/** Binary-mode CloudEvents headers of a {@code StatementReceived} record. */
final class CloudEventHeaders {

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String CONTENT_TYPE = "content-type";

    private static final String CLOUD_EVENTS_VERSION = "1.0";
    private static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** The event id is the statement id: a re-publication is the same event, so consumers can deduplicate. */
    static Headers forStatement(String statementId) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, CLOUD_EVENTS_VERSION);
        add(headers, ID, statementId);
        add(headers, TYPE, EventTypes.STATEMENT_RECEIVED_V1);
        add(headers, SOURCE, EventTypes.INGEST_SOURCE);
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
