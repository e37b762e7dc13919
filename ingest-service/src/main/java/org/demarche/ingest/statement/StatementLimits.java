package org.demarche.ingest.statement;

/**
 * Size limits of a submission. They must not exceed what the {@code statement-received.v1} schema allows (text
 * 262144 characters, publisher 500, url 2048), or accepted statements would fail to encode.
 */
public record StatementLimits(long maxTextBytes, int maxPublisherLength, int maxUrlLength) {
}
