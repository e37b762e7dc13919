package org.demarche.contracts;

import java.util.List;

/** An event contract: its Java type, its CloudEvents type and source, and the JSON Schema it must satisfy. */
public record EventSchema<T>(Class<T> type, String cloudEventType, String cloudEventSource, String schemaResource) {

    public static final EventSchema<StatementReceived> STATEMENT_RECEIVED = new EventSchema<>(
            StatementReceived.class, EventTypes.STATEMENT_RECEIVED_V1, EventTypes.INGEST_SOURCE,
            "schemas/statement-received.v1.schema.json");

    public static final EventSchema<StatementAnalyzed> STATEMENT_ANALYZED = new EventSchema<>(
            StatementAnalyzed.class, EventTypes.STATEMENT_ANALYZED_V1, EventTypes.ANALYSIS_SOURCE,
            "schemas/statement-analyzed.v1.schema.json");

    public static final List<EventSchema<?>> ALL = List.of(STATEMENT_RECEIVED, STATEMENT_ANALYZED);
}
