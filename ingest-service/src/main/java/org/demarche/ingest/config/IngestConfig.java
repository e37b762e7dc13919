package org.demarche.ingest.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The {@code demarche.ingest.*} settings; values and their explanations live in application.properties. */
@ConfigMapping(prefix = "demarche.ingest")
public interface IngestConfig {

    /** UTF-8 bytes of statement text accepted; larger texts get 413. At most 262144 (the event schema's limit). */
    long maxTextBytes();

    /** Characters; at most 500 (the event schema's limit). */
    int maxPublisherLength();

    /** Characters; at most 2048 (the event schema's limit). */
    int maxUrlLength();

    /** How long a submission waits for Kafka's acknowledgement before answering 503. */
    Duration publishTimeout();

    Republish republish();

    Listing listing();

    WarmUp warmUp();

    interface Republish {
        /** How often pending statements are re-published ({@code @Scheduled} reads it by name; "off" disables). */
        String interval();

        /** Only statements pending for longer than this, so as not to race the request still publishing them. */
        Duration minAge();

        int batchSize();
    }

    /** What runs before the service reports ready (see {@code org.demarche.ingest.warmup}). */
    interface WarmUp {
        boolean enabled();

        /** Times the sample submission is rehearsed: enough for the JIT to compile the request path. */
        int rounds();

        /** How long to wait for Kafka to answer the producer's metadata look-up. */
        Duration kafkaTimeout();
    }

    interface Listing {
        int defaultLimit();

        int maxLimit();
    }
}
