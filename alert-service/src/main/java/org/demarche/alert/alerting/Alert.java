package org.demarche.alert.alerting;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Stance;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A stored alert; rows are inserted by {@link AlertRecorder} with SQL so that duplicates are skipped. */
@Entity
@Table(name = "alert")
public class Alert extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "statement_id")
    public String statementId;

    public String state;

    @Column(name = "group_name")
    public String groupName;

    @Column(name = "group_id")
    public String groupId;

    @Column(name = "group_key")
    public String groupKey;

    @Column(name = "resolved_group_id")
    public String resolvedGroupId;

    @Column(name = "naming_key")
    public String namingKey;

    @Enumerated(EnumType.STRING)
    public NamingKind kind;

    @Enumerated(EnumType.STRING)
    public Stance stance;

    public String sponsor;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    public String evidence;

    public String publisher;

    public String url;

    @Column(name = "published_at")
    public String publishedAt;

    @Column(name = "analyzed_at")
    public Instant analyzedAt;

    @Column(name = "created_at")
    public Instant createdAt;

    public NewAlert toNewAlert() {
        return new NewAlert(id, statementId, state, groupName, groupId, groupKey, resolvedGroupId, namingKey, kind,
                stance, sponsor, confidence, evidence, publisher, url, publishedAt, analyzedAt, createdAt);
    }

    public AlertView view() {
        return toNewAlert().view();
    }
}
