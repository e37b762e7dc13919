package org.demarche.analysis.runtime;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of analysis-service under {@code demarche.analysis}. */
@ConfigMapping(prefix = "demarche.analysis")
public interface AnalysisConfig {

    /**
     * Kafka consumer group of the {@code statements-raw} channel. Starting with a new group re-analyses the whole
     * history kept in {@code statements.raw}, which is how researchers replay it with a new analyzer.
     */
    @WithDefault("analysis-service")
    String consumerGroup();

    /** Limits of {@code POST /analysis}. */
    Http http();

    /** What runs before the service reports ready (see {@link AnalysisWarmUp}). */
    WarmUp warmUp();

    interface WarmUp {

        @WithDefault("true")
        boolean enabled();

        /** Times the sample statements go through the processor: once runs every step of the analysis once. */
        @WithDefault("1")
        int rounds();

        /** How long to wait for the consumer's partitions and the producer's metadata. */
        @WithDefault("30s")
        Duration kafkaTimeout();

        /**
         * Stops the process once the warm-up has finished (done or failed): the training run that records the AppCDS
         * archive at package time ({@code -XX:ArchiveClassesAtExit}), so the archive holds every class a start loads.
         */
        @WithDefault("false")
        boolean exitWhenDone();
    }

    interface Http {

        /** Largest statement text accepted, in UTF-8 bytes; a longer one is answered with 413. */
        @WithDefault("262144")
        int maxTextBytes();
    }
}
