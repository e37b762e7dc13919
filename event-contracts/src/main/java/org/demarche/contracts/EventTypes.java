package org.demarche.contracts;

/** CloudEvents {@code ce_type} values, one per event schema version. */
public final class EventTypes {

    public static final String STATEMENT_RECEIVED_V1 = "demarche.statement.received.v1";
    public static final String STATEMENT_ANALYZED_V1 = "demarche.statement.analyzed.v1";

    public static final String INGEST_SOURCE = "urn:demarche:ingest-service";
    public static final String ANALYSIS_SOURCE = "urn:demarche:analysis-service";

    private EventTypes() {
    }
}
