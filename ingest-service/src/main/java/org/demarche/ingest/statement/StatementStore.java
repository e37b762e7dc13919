package org.demarche.ingest.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accepted statements are kept; each method is its own transaction. */
public interface StatementStore {

    Optional<StatementRecord> findById(String id);

    Optional<StatementRecord> findByContentHash(String contentHash);

    /**
     * Stores the candidate unless a statement with the same content hash exists (possibly inserted concurrently),
     * and returns whichever is stored.
     */
    StatementRecord insertIfAbsent(StatementRecord candidate);

    void markPublished(String id);

    /** Pending statements received before the cutoff, oldest first. */
    List<StatementRecord> pendingReceivedBefore(Instant cutoff, int limit);

    /** Statements in id order (which is arrival order), starting after {@code afterId} when it is not null. */
    List<StatementRecord> page(String afterId, int limit);
}
