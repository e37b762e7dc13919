package org.demarche.contracts;

import java.time.Instant;

/**
 * A statement accepted by ingest-service, published to {@link Topics#STATEMENTS_RAW} keyed by {@code statementId}.
 * Schema: {@code schemas/statement-received.v1.schema.json}.
 *
 * @param publishedAt ISO-8601 date or date-time as the publisher gave it
 * @param language    BCP-47 primary tag given by the submitter, or null to let analysis detect it
 * @param contentHash hex SHA-256 of publisher and text, the key ingest deduplicates on
 */
public record StatementReceived(
        int schemaVersion,
        String statementId,
        String text,
        String publisher,
        String url,
        String publishedAt,
        String language,
        Instant receivedAt,
        String contentHash) {

    public static final int SCHEMA_VERSION = 1;
}
