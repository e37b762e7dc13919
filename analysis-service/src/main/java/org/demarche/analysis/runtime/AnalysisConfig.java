package org.demarche.analysis.runtime;

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

    interface Http {

        /** Largest statement text accepted, in UTF-8 bytes; a longer one is answered with 413. */
        @WithDefault("262144")
        int maxTextBytes();
    }
}
