package org.demarche.alert.delivery;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/** Retries deliveries whose backoff has elapsed (and any first attempt that was lost). */
@ApplicationScoped
public class DeliveryPoller {

    private final DeliveryWorker worker;

    public DeliveryPoller(DeliveryWorker worker) {
        this.worker = worker;
    }

    @Scheduled(identity = "delivery-poller", every = "${demarche.delivery.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        worker.dispatchDue();
    }
}
