package org.demarche.ingest.statement;

/**
 * The result of a submission.
 *
 * @param newlyPublished true when this request got the statement onto Kafka (a new statement, or a stored one still
 *                       pending); false when it had been published before and nothing new was sent
 */
public record IntakeOutcome(StatementRecord statement, boolean newlyPublished) {
}
