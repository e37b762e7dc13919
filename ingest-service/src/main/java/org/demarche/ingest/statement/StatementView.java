package org.demarche.ingest.statement;

import java.time.Instant;
import java.util.Locale;

/** {@code GET /statements/{id}}: what was accepted, and whether it is on Kafka yet ("pending" or "published"). */
public record StatementView(
        String id,
        String text,
        String publisher,
        String url,
        String publishedAt,
        String language,
        Instant receivedAt,
        String status,
        String contentHash) {

    static StatementView of(StatementRecord statement) {
        return new StatementView(statement.id(), statement.text(), statement.publisher(), statement.url(),
                statement.publishedAt(), statement.language(), statement.receivedAt(),
                statement.status().name().toLowerCase(Locale.ROOT), statement.contentHash());
    }
}
