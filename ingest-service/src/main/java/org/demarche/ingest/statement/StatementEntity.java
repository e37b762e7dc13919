package org.demarche.ingest.statement;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A row of {@code statements} (schema: db/migration). */
@Entity
@Table(name = "statements")
public class StatementEntity extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "content_hash", nullable = false, unique = true)
    public String contentHash;

    @Column(nullable = false)
    public String text;

    public String publisher;

    public String url;

    @Column(name = "published_at")
    public String publishedAt;

    public String language;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StatementStatus status;

    StatementRecord toRecord() {
        return new StatementRecord(id, text, publisher, url, publishedAt, language, receivedAt, status, contentHash);
    }
}
