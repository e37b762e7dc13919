package org.demarche.contracts;

import java.util.List;
import java.util.Map;

/** The Kafka topics of the pipeline, defined once for the services, the tests and the local stack. */
public final class Topics {

    public static final String STATEMENTS_RAW = "statements.raw";
    public static final String STATEMENTS_ANALYZED = "statements.analyzed";
    public static final String STATEMENTS_RAW_DEAD_LETTER = "statements.raw.dlq";
    public static final String STATEMENTS_ANALYZED_DEAD_LETTER = "statements.analyzed.dlq";

    /** Researchers replay the statement topics to re-analyse history, so they are kept forever. */
    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    public record Spec(String name, int partitions, Map<String, String> config) {
    }

    public static final List<Spec> ALL = List.of(
            new Spec(STATEMENTS_RAW, 3, KEEP_FOREVER),
            new Spec(STATEMENTS_ANALYZED, 3, KEEP_FOREVER),
            new Spec(STATEMENTS_RAW_DEAD_LETTER, 1, KEEP_FOREVER),
            new Spec(STATEMENTS_ANALYZED_DEAD_LETTER, 1, KEEP_FOREVER));

    private Topics() {
    }
}
