package org.demarche.alert.delivery;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Makes delivery attempts: claims deliveries, checks the URL policy again (DNS may have changed since subscribing),
 * sends the signed webhook outside any transaction and records the outcome.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final WebhookUrlPolicy urlPolicy;
    private final ManagedExecutor executor;

    public DeliveryWorker(DeliveryStore store, WebhookSender sender, WebhookUrlPolicy urlPolicy,
            ManagedExecutor executor) {
        this.store = store;
        this.sender = sender;
        this.urlPolicy = urlPolicy;
        this.executor = executor;
    }

    /** First attempt of new deliveries, right away and off the caller's thread. */
    public void dispatchNow(Collection<UUID> deliveryIds) {
        if (deliveryIds.isEmpty()) {
            return;
        }
        List<UUID> ids = List.copyOf(deliveryIds);
        executor.runAsync(() -> store.claim(ids).forEach(this::submit))
                .exceptionally(e -> {
                    // the poller retries them once due
                    LOG.warnf(e, "could not claim new deliveries %s", ids);
                    return null;
                });
    }

    /** Attempts every delivery that is due, each in parallel. */
    public int dispatchDue() {
        List<UUID> ids = store.claimDue();
        ids.forEach(this::submit);
        return ids.size();
    }

    private void submit(UUID deliveryId) {
        executor.runAsync(() -> attempt(deliveryId)).exceptionally(e -> {
            LOG.warnf(e, "delivery %s attempt failed unexpectedly; retried after its claim expires", deliveryId);
            return null;
        });
    }

    void attempt(UUID deliveryId) {
        Optional<WebhookRequest> request = store.request(deliveryId);
        if (request.isEmpty()) {
            return;
        }
        AttemptResult result = send(request.get());
        store.record(deliveryId, result).ifPresent(status -> LOG.debugf("delivery %s is %s after %s", deliveryId,
                status, result));
    }

    private AttemptResult send(WebhookRequest request) {
        UrlVerdict verdict = urlPolicy.check(request.url());
        return switch (verdict.outcome()) {
            case ALLOWED -> sender.send(request);
            case UNRESOLVABLE -> AttemptResult.retryableFailure(null, String.join("; ", verdict.problems()));
            case DENIED -> AttemptResult.permanentFailure("webhook URL denied: " + String.join("; ",
                    verdict.problems()));
        };
    }
}
