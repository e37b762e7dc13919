package org.demarche.ingest.statement;

import java.time.Instant;

/**
 * The answer to {@code POST /statements}.
 *
 * @param status "accepted" when this request published the statement (202), "duplicate" when it had been
 *               accepted before (200)
 */
public record SubmissionView(String id, String status, String contentHash, Instant receivedAt) {

    static final String ACCEPTED = "accepted";
    static final String DUPLICATE = "duplicate";

    public static SubmissionView of(IntakeOutcome outcome) {
        StatementRecord statement = outcome.statement();
        return new SubmissionView(statement.id(), outcome.newlyPublished() ? ACCEPTED : DUPLICATE,
                statement.contentHash(), statement.receivedAt());
    }
}
