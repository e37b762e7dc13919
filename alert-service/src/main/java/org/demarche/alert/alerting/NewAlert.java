package org.demarche.alert.alerting;

import java.time.Instant;
import java.util.UUID;

import org.demarche.alert.subscription.NamingSubject;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Stance;

/**
 * An alert for one naming of one statement, with the keys it is stored, deduplicated and matched by.
 *
 * @param groupKey        normalised group name ({@code ThreatGroupCatalog.key})
 * @param resolvedGroupId the naming's group id, or the id its name resolves to in the gazetteer, or null
 * @param namingKey       what makes the naming unique within its statement: the group id, else the group key
 */
public record NewAlert(
        UUID id,
        String statementId,
        String state,
        String group,
        String groupId,
        String groupKey,
        String resolvedGroupId,
        String namingKey,
        NamingKind kind,
        Stance stance,
        String sponsor,
        Confidence confidence,
        String evidence,
        String publisher,
        String url,
        String publishedAt,
        Instant analyzedAt,
        Instant createdAt) {

    public NamingSubject subject() {
        return new NamingSubject(state, resolvedGroupId, groupKey, kind, sponsor);
    }

    public AlertView view() {
        return new AlertView(id, AlertView.TYPE, statementId, state, group, groupId, kind, stance, sponsor,
                confidence, evidence, publisher, url, publishedAt, analyzedAt, createdAt);
    }
}
