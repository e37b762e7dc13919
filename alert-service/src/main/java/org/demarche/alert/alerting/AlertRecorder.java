package org.demarche.alert.alerting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.demarche.alert.delivery.Delivery;
import org.demarche.alert.subscription.Subscription;
import org.demarche.alert.subscription.SubscriptionFilter;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Confidence;
import org.hibernate.Session;

/**
 * Stores the alerts of an analysed statement and a pending delivery for each matching subscription, in one
 * transaction. A naming already alerted on (Kafka redelivery, a replayed topic) is skipped by the unique constraint.
 */
@ApplicationScoped
public class AlertRecorder {

    private static final String INSERT = """
            insert into alert (id, statement_id, state, group_name, group_id, group_key, resolved_group_id,
                               naming_key, kind, stance, sponsor, confidence, evidence, publisher, url, published_at,
                               analyzed_at, created_at)
            values (:id, :statementId, :state, :groupName, :groupId, :groupKey, :resolvedGroupId, :namingKey, :kind,
                    :stance, :sponsor, :confidence, :evidence, :publisher, :url, :publishedAt, :analyzedAt,
                    :createdAt)
            on conflict on constraint alert_once_per_naming do nothing
            """;

    private final EntityManager em;
    private final AlertFactory factory;
    private final Clock clock;

    public AlertRecorder(EntityManager em, AlertFactory factory, Clock clock) {
        this.em = em;
        this.factory = factory;
        this.clock = clock;
    }

    @Transactional
    public List<RecordedAlert> record(StatementAnalyzed statement) {
        Instant now = clock.instant();
        List<NewAlert> alerts = factory.alertsFor(statement, now);
        if (alerts.isEmpty()) {
            return List.of();
        }
        List<Subscription> subscriptions = Subscription.listAll();
        List<RecordedAlert> recorded = new ArrayList<>();
        for (NewAlert alert : alerts) {
            if (!insert(alert)) {
                continue;
            }
            List<UUID> deliveryIds = new ArrayList<>();
            for (Subscription subscription : subscriptions) {
                SubscriptionFilter filter = subscription.filter();
                if (filter.matches(alert.subject())) {
                    Delivery delivery = Delivery.pending(UUID.randomUUID(), alert.id(), subscription.id,
                            alert.createdAt());
                    delivery.persist();
                    deliveryIds.add(delivery.id);
                }
            }
            recorded.add(new RecordedAlert(alert, deliveryIds));
        }
        return recorded;
    }

    private boolean insert(NewAlert a) {
        Confidence confidence = a.confidence();
        int rows = em.unwrap(Session.class).createNativeMutationQuery(INSERT)
                .setParameter("id", a.id(), UUID.class)
                .setParameter("statementId", a.statementId(), String.class)
                .setParameter("state", a.state(), String.class)
                .setParameter("groupName", a.group(), String.class)
                .setParameter("groupId", a.groupId(), String.class)
                .setParameter("groupKey", a.groupKey(), String.class)
                .setParameter("resolvedGroupId", a.resolvedGroupId(), String.class)
                .setParameter("namingKey", a.namingKey(), String.class)
                .setParameter("kind", a.kind().name(), String.class)
                .setParameter("stance", a.stance().name(), String.class)
                .setParameter("sponsor", a.sponsor(), String.class)
                .setParameter("confidence", confidence == null ? null : confidence.name(), String.class)
                .setParameter("evidence", a.evidence(), String.class)
                .setParameter("publisher", a.publisher(), String.class)
                .setParameter("url", a.url(), String.class)
                .setParameter("publishedAt", a.publishedAt(), String.class)
                .setParameter("analyzedAt", a.analyzedAt(), Instant.class)
                .setParameter("createdAt", a.createdAt(), Instant.class)
                .executeUpdate();
        return rows == 1;
    }
}
