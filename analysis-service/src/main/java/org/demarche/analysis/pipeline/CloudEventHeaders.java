package org.demarche.analysis.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.contracts.EventTypes;

/** Binary-mode CloudEvents headers of a {@code StatementAnalyzed} record. */
final class CloudEventHeaders {

    static final String SPEC_VERSION = "ce_specversion";
    static final String ID = "ce_id";
    static final String TYPE = "ce_type";
    static final String SOURCE = "ce_source";
    static final String CONTENT_TYPE = "content-type";

    private static final String CLOUD_EVENTS_VERSION = "1.0";
    private static final String JSON = "application/json";
    /** Hex digits of the analyzer version's hash kept in the event id: enough to tell versions apart. */
    private static final int VERSION_HASH_LENGTH = 12;

    private CloudEventHeaders() {
    }

    static Headers forAnalysis(String statementId, String analyzerVersion) {
        RecordHeaders headers = new RecordHeaders();
        add(headers, SPEC_VERSION, CLOUD_EVENTS_VERSION);
        add(headers, ID, eventId(statementId, analyzerVersion));
        add(headers, TYPE, EventTypes.STATEMENT_ANALYZED_V1);
        add(headers, SOURCE, EventTypes.ANALYSIS_SOURCE);
        add(headers, CONTENT_TYPE, JSON);
        return headers;
    }

    /**
     * One analysis of one statement by one analyzer version is one event: re-delivering it keeps the id (so
     * consumers can deduplicate), while a replay with a new analyzer makes a new one.
     */
    static String eventId(String statementId, String analyzerVersion) {
        return statementId + "/" + sha256(analyzerVersion).substring(0, VERSION_HASH_LENGTH);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void add(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
