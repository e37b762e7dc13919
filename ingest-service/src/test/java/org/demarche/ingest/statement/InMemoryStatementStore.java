package org.demarche.ingest.statement;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link StatementStore} in a map, with the same content-hash uniqueness as the database. */
class InMemoryStatementStore implements StatementStore {

    private final Map<String, StatementRecord> byId = new TreeMap<>();

    @Override
    public Optional<StatementRecord> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<StatementRecord> findByContentHash(String contentHash) {
        return byId.values().stream().filter(s -> s.contentHash().equals(contentHash)).findFirst();
    }

    @Override
    public StatementRecord insertIfAbsent(StatementRecord candidate) {
        return findByContentHash(candidate.contentHash()).orElseGet(() -> {
            byId.put(candidate.id(), candidate);
            return candidate;
        });
    }

    @Override
    public void markPublished(String id) {
        byId.computeIfPresent(id, (key, s) -> s.withStatus(StatementStatus.PUBLISHED));
    }

    @Override
    public List<StatementRecord> pendingReceivedBefore(Instant cutoff, int limit) {
        return byId.values().stream()
                .filter(s -> s.status() == StatementStatus.PENDING && s.receivedAt().isBefore(cutoff))
                .sorted(Comparator.comparing(StatementRecord::receivedAt))
                .limit(limit)
                .toList();
    }

    @Override
    public List<StatementRecord> page(String afterId, int limit) {
        return byId.values().stream().filter(s -> afterId == null || s.id().compareTo(afterId) > 0).limit(limit)
                .toList();
    }

    /** Puts a row as if an earlier request had stored it. */
    void put(StatementRecord statement) {
        byId.put(statement.id(), statement);
    }

    List<StatementRecord> all() {
        return List.copyOf(byId.values());
    }
}
