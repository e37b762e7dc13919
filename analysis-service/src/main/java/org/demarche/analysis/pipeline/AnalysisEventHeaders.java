package org.demarche.analysis.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.demarche.contracts.CloudEventHeaders;
import org.demarche.contracts.EventSchema;

/** Kafka headers of a {@code StatementAnalyzed} record: the contract's CloudEvents headers with this event's id. */
final class AnalysisEventHeaders {

    /** Hex digits of the analyzer version's hash kept in the event id: enough to tell versions apart. */
    private static final int VERSION_HASH_LENGTH = 12;

    private AnalysisEventHeaders() {
    }

    static Headers forAnalysis(String statementId, String analyzerVersion) {
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(EventSchema.STATEMENT_ANALYZED, eventId(statementId, analyzerVersion))
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
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
}
