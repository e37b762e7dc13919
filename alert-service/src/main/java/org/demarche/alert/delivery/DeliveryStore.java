package org.demarche.alert.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.demarche.alert.AlertServiceConfig;
import org.demarche.alert.alerting.Alert;
import org.demarche.alert.subscription.Subscription;
import org.hibernate.Session;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The delivery table. Deliveries are claimed by pushing their {@code next_attempt_at} one lease into the future
 * under {@code FOR UPDATE SKIP LOCKED}, so that concurrent pollers (and instances) never send the same attempt
 * twice, and a claim lost in a crash simply expires.
 */
@ApplicationScoped
public class DeliveryStore {

    private static final String SELECT_DUE = """
            select id from delivery
            where status = 'PENDING' and next_attempt_at <= :now
            order by next_attempt_at
            limit :limit
            for update skip locked
            """;
    private static final String SELECT_DUE_AMONG = """
            select id from delivery
            where id in (:ids) and status = 'PENDING' and next_attempt_at <= :now
            for update skip locked
            """;
    private static final String LEASE = "update delivery set next_attempt_at = :until where id in (:ids)";

    private final EntityManager em;
    private final Clock clock;
    private final BackoffPolicy backoff;
    private final ObjectMapper mapper;
    private final AlertServiceConfig.Delivery config;

    public DeliveryStore(EntityManager em, Clock clock, BackoffPolicy backoff, ObjectMapper mapper,
            AlertServiceConfig config) {
        this.em = em;
        this.clock = clock;
        this.backoff = backoff;
        this.mapper = mapper;
        this.config = config.delivery();
    }

    /** Claims up to {@code batchSize} due deliveries. */
    @Transactional
    public List<UUID> claimDue() {
        Instant now = clock.instant();
        List<UUID> ids = session().createNativeQuery(SELECT_DUE, UUID.class)
                .setParameter("now", now, Instant.class)
                .setParameter("limit", config.batchSize())
                .getResultList();
        return lease(ids, now);
    }

    /** Claims those of the given deliveries that are still due (none if a poller got there first). */
    @Transactional
    public List<UUID> claim(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        List<UUID> ids = session().createNativeQuery(SELECT_DUE_AMONG, UUID.class)
                .setParameterList("ids", deliveryIds, UUID.class)
                .setParameter("now", now, Instant.class)
                .getResultList();
        return lease(ids, now);
    }

    private List<UUID> lease(List<UUID> ids, Instant now) {
        if (!ids.isEmpty()) {
            session().createNativeMutationQuery(LEASE)
                    .setParameter("until", now.plus(config.claimLease()), Instant.class)
                    .setParameterList("ids", ids, UUID.class)
                    .executeUpdate();
        }
        return ids;
    }

    /** What to send for a pending delivery; empty if it is gone (subscription deleted) or no longer pending. */
    @Transactional
    public Optional<WebhookRequest> request(UUID deliveryId) {
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        Alert alert = Alert.findById(delivery.alertId);
        Subscription subscription = Subscription.findById(delivery.subscriptionId);
        if (alert == null || subscription == null) {
            return Optional.empty();
        }
        try {
            String body = mapper.writeValueAsString(alert.view());
            return Optional.of(new WebhookRequest(delivery.id.toString(), subscription.webhookUrl,
                    subscription.secret, body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write alert " + alert.id, e);
        }
    }

    /** Applies the outcome of an attempt: delivered, failed for good, or pending until the next backoff step. */
    @Transactional
    public Optional<DeliveryStatus> record(UUID deliveryId, AttemptResult result) {
        Delivery delivery = Delivery.findById(deliveryId);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        DeliveryDecision decision = backoff.decide(delivery.attempts, result, now);
        delivery.status = decision.status();
        delivery.attempts = decision.attempts();
        delivery.nextAttemptAt = decision.nextAttemptAt();
        delivery.lastAttemptAt = now;
        delivery.lastStatusCode = result.statusCode();
        delivery.lastError = truncate(result.error());
        if (decision.status() == DeliveryStatus.DELIVERED) {
            delivery.deliveredAt = now;
        }
        return Optional.of(decision.status());
    }

    private String truncate(String error) {
        if (error == null || error.length() <= config.maxErrorLength()) {
            return error;
        }
        return error.substring(0, config.maxErrorLength());
    }

    private Session session() {
        return em.unwrap(Session.class);
    }
}
