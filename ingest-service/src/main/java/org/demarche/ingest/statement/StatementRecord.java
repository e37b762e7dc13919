package org.demarche.ingest.statement;

import java.time.Instant;

/** A statement as ingest-service stores it. */
public record StatementRecord(
        String id,
        String text,
        String publisher,
        String url,
        String publishedAt,
        String language,
        Instant receivedAt,
        StatementStatus status,
        String contentHash) {

    public StatementRecord withStatus(StatementStatus newStatus) {
        return new StatementRecord(id, text, publisher, url, publishedAt, language, receivedAt, newStatus,
                contentHash);
    }
}
