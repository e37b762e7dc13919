package org.demarche.alert;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The {@code demarche.*} settings of alert-service; values live in application.properties. */
@ConfigMapping(prefix = "demarche")
public interface AlertServiceConfig {

    Webhook webhook();

    Delivery delivery();

    Subscription subscription();

    Alerts alerts();

    Stream stream();

    Consumer consumer();

    WarmUp warmUp();

    /** What runs before the service reports ready (see {@code org.demarche.alert.warmup}). */
    interface WarmUp {
        boolean enabled();

        /** Times the sample alert is rehearsed: enough for the JIT to compile the alerting and delivery path. */
        int rounds();

        /** How long to wait for the consumer's partitions. */
        Duration kafkaTimeout();
    }

    interface Consumer {
        /** Tries to store a record's alerts (the database may be briefly away) before it goes to the DLQ. */
        int storeAttempts();

        Duration storeRetryDelay();
    }

    interface Webhook {
        /** Hosts that may resolve to loopback/private/link-local addresses (local stack, tests); empty in prod. */
        Optional<List<String>> allowedPrivateHosts();

        int maxUrlLength();

        /** Random bytes in a new signing secret. */
        int secretBytes();

        String userAgent();
    }

    interface Delivery {
        int maxAttempts();

        Duration baseDelay();

        Duration maxDelay();

        Duration connectTimeout();

        Duration requestTimeout();

        /** How often the poller looks for due retries ({@code @Scheduled} reads it by name). */
        Duration pollInterval();

        int batchSize();

        /** How long a claimed delivery is hidden from other pollers; must exceed connect + request timeout. */
        Duration claimLease();

        int maxErrorLength();
    }

    interface Subscription {
        int maxNameLength();

        int maxFilterEntries();

        int maxGroupNameLength();
    }

    interface Alerts {
        int defaultLimit();

        int maxLimit();
    }

    interface Stream {
        Duration heartbeatInterval();

        /** Alerts buffered for a slow stream client before its stream is ended. */
        int bufferSize();
    }
}
