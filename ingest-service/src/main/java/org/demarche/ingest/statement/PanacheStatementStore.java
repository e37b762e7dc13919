package org.demarche.ingest.statement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** {@link StatementStore} in PostgreSQL; each method commits on its own. */
@ApplicationScoped
public class PanacheStatementStore implements StatementStore {

    /** Lets the unique index arbitrate concurrent identical submissions instead of failing one of them. */
    private static final String INSERT_IF_ABSENT = """
            insert into statements (id, content_hash, text, publisher, url, published_at, language, received_at, status)
            values (:id, :contentHash, :text, :publisher, :url, :publishedAt, :language, :receivedAt, :status)
            on conflict (content_hash) do nothing""";

    @Override
    @Transactional
    public Optional<StatementRecord> findById(String id) {
        return StatementEntity.<StatementEntity>findByIdOptional(id).map(StatementEntity::toRecord);
    }

    @Override
    @Transactional
    public Optional<StatementRecord> findByContentHash(String contentHash) {
        return StatementEntity.<StatementEntity>find("contentHash", contentHash).firstResultOptional()
                .map(StatementEntity::toRecord);
    }

    @Override
    @Transactional
    public StatementRecord insertIfAbsent(StatementRecord candidate) {
        StatementEntity.getEntityManager().createNativeQuery(INSERT_IF_ABSENT)
                .setParameter("id", candidate.id())
                .setParameter("contentHash", candidate.contentHash())
                .setParameter("text", candidate.text())
                .setParameter("publisher", candidate.publisher())
                .setParameter("url", candidate.url())
                .setParameter("publishedAt", candidate.publishedAt())
                .setParameter("language", candidate.language())
                .setParameter("receivedAt", candidate.receivedAt())
                .setParameter("status", candidate.status().name())
                .executeUpdate();
        return findByContentHash(candidate.contentHash())
                .orElseThrow(() -> new IllegalStateException("statement " + candidate.id() + " was not stored"));
    }

    @Override
    @Transactional
    public void markPublished(String id) {
        StatementEntity.update("status = ?1 where id = ?2", StatementStatus.PUBLISHED, id);
    }

    @Override
    @Transactional
    public List<StatementRecord> pendingReceivedBefore(Instant cutoff, int limit) {
        return records(StatementEntity.find("status = ?1 and receivedAt < ?2", Sort.by("receivedAt"),
                StatementStatus.PENDING, cutoff), limit);
    }

    @Override
    @Transactional
    public List<StatementRecord> page(String afterId, int limit) {
        PanacheQuery<StatementEntity> query = afterId == null
                ? StatementEntity.findAll(Sort.by("id"))
                : StatementEntity.find("id > ?1", Sort.by("id"), afterId);
        return records(query, limit);
    }

    private static List<StatementRecord> records(PanacheQuery<StatementEntity> query, int limit) {
        return query.page(Page.ofSize(limit)).list().stream().map(StatementEntity::toRecord).toList();
    }
}
