package org.demarche.alert.alerting;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.demarche.alert.AlertServiceConfig;
import org.demarche.alert.delivery.DeliveryWorker;
import org.demarche.alert.stream.AlertBroadcaster;
import org.demarche.contracts.CloudEventHeaders;
import org.demarche.contracts.StatementAnalyzed;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.smallrye.common.annotation.Blocking;

/**
 * Consumes {@code statements.analyzed}: stores the alerts (committed before anything leaves the service), then
 * streams them and makes the first delivery attempts at once. A record that throws is nacked and, by the channel's
 * dead-letter-queue failure strategy, goes to {@code statements.analyzed.dlq} with the reason in its headers.
 */
@ApplicationScoped
public class StatementAnalyzedConsumer {

    private static final Logger LOG = Logger.getLogger(StatementAnalyzedConsumer.class);

    private final StatementRecordReader reader;
    private final AlertRecorder recorder;
    private final AlertBroadcaster broadcaster;
    private final DeliveryWorker deliveries;
    private final AlertServiceConfig.Consumer config;

    public StatementAnalyzedConsumer(StatementRecordReader reader, AlertRecorder recorder,
            AlertBroadcaster broadcaster, DeliveryWorker deliveries, AlertServiceConfig config) {
        this.reader = reader;
        this.recorder = recorder;
        this.broadcaster = broadcaster;
        this.deliveries = deliveries;
        this.config = config.consumer();
    }

    @Incoming("statements-analyzed")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        List<RecordedAlert> recorded = store(reader.read(record.value(), ceType(record)));
        for (RecordedAlert alert : recorded) {
            LOG.debugf("alert %s for statement %s: %d deliveries", alert.alert().id(), alert.alert().statementId(),
                    alert.deliveryIds().size());
            broadcaster.publish(alert.alert());
            deliveries.dispatchNow(alert.deliveryIds());
        }
    }

    /** Retries storage a few times so that a short database outage does not send good records to the DLQ. */
    private List<RecordedAlert> store(StatementAnalyzed statement) {
        for (int attempt = 1;; attempt++) {
            try {
                return recorder.record(statement);
            } catch (RuntimeException e) {
                if (attempt >= config.storeAttempts()) {
                    throw e;
                }
                LOG.warnf("storing alerts of statement %s failed (attempt %d of %d), retrying: %s",
                        statement.statementId(), attempt, config.storeAttempts(), e.toString());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(config.storeRetryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }

    private static String ceType(ConsumerRecord<String, String> record) {
        Header header = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return header == null || header.value() == null ? null
                : new String(header.value(), StandardCharsets.UTF_8);
    }
}
