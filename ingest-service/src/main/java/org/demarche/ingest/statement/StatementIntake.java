package org.demarche.ingest.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementReceived;
import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;
import org.jboss.logging.Logger;

/**
 * Accepts statements: validates, deduplicates on the content hash, stores, publishes, and only then reports
 * success. A statement is stored as {@link StatementStatus#PENDING} before it is published, so that a broker
 * outage loses nothing: a retry of the same submission, or {@link #republishPending}, sends it again.
 */
public final class StatementIntake {

    private static final Logger LOG = Logger.getLogger(StatementIntake.class);

    private final StatementRules rules;
    private final StatementStore store;
    private final StatementPublisher publisher;
    private final StatementIds ids;
    private final EventCodec codec;
    private final Clock clock;

    public StatementIntake(StatementRules rules, StatementStore store, StatementPublisher publisher,
            StatementIds ids, EventCodec codec, Clock clock) {
        this.rules = rules;
        this.store = store;
        this.publisher = publisher;
        this.ids = ids;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * @throws ProblemException for an invalid submission (nothing stored or published), or with
     *                          {@link ProblemType#PUBLISH_UNAVAILABLE} when Kafka did not acknowledge (the statement
     *                          stays stored as pending)
     */
    public IntakeOutcome submit(StatementSubmission submission) {
        ValidatedStatement statement = rules.validate(submission);
        String contentHash = ContentHash.of(statement.publisher(), statement.text());
        Optional<StatementRecord> known = store.findByContentHash(contentHash);
        if (known.isPresent() && known.get().status() == StatementStatus.PUBLISHED) {
            return new IntakeOutcome(known.get(), false);
        }
        StatementRecord stored = known.orElseGet(() -> storeNew(statement, contentHash));
        if (stored.status() == StatementStatus.PUBLISHED) {
            // an identical submission was stored and published concurrently
            return new IntakeOutcome(stored, false);
        }
        try {
            return new IntakeOutcome(publish(stored), true);
        } catch (PublishFailedException e) {
            throw new ProblemException(ProblemType.PUBLISH_UNAVAILABLE,
                    "statement " + stored.id() + " is stored but Kafka did not acknowledge it: " + e.getMessage(), e);
        }
    }

    /**
     * Everything {@link #submit} does before it writes — validation, hashing, the duplicate look-up, encoding the
     * event — without storing or publishing anything; the warm-up runs it so that the first real submission finds
     * that code, the database connection and the JSON schemas ready.
     *
     * @return the outcome a submission would have had, had it been new and published
     */
    public IntakeOutcome rehearse(StatementSubmission submission) {
        ValidatedStatement statement = rules.validate(submission);
        String contentHash = ContentHash.of(statement.publisher(), statement.text());
        store.findByContentHash(contentHash);
        StatementRecord candidate = candidate(statement, contentHash);
        encode(candidate);
        return new IntakeOutcome(candidate.withStatus(StatementStatus.PUBLISHED), true);
    }

    /**
     * Publishes statements left pending (by a broker outage or a crash between store and publish) that were received
     * before the cutoff. Stops at the first failure, as the broker is then most likely still unavailable.
     *
     * @return how many were published
     */
    public int republishPending(Instant receivedBefore, int limit) {
        List<StatementRecord> pending = store.pendingReceivedBefore(receivedBefore, limit);
        int published = 0;
        for (StatementRecord statement : pending) {
            try {
                publish(statement);
                published++;
            } catch (PublishFailedException e) {
                LOG.warnf("re-publishing pending statement %s failed, will retry: %s", statement.id(), e.getMessage());
                break;
            }
        }
        return published;
    }

    private StatementRecord storeNew(ValidatedStatement statement, String contentHash) {
        StatementRecord candidate = candidate(statement, contentHash);
        // encoded once before storing so that a statement the contract would refuse is never stored
        encode(candidate);
        return store.insertIfAbsent(candidate);
    }

    private StatementRecord candidate(ValidatedStatement statement, String contentHash) {
        return new StatementRecord(ids.next(), statement.text(), statement.publisher(), statement.url(),
                statement.publishedAt(), statement.language(), now(), StatementStatus.PENDING, contentHash);
    }

    /** Milliseconds: what the database keeps exactly, so the stored and the published value are the same. */
    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    private StatementRecord publish(StatementRecord statement) throws PublishFailedException {
        publisher.publish(statement.id(), encode(statement));
        store.markPublished(statement.id());
        return statement.withStatus(StatementStatus.PUBLISHED);
    }

    private String encode(StatementRecord statement) {
        return codec.encode(EventSchema.STATEMENT_RECEIVED, toEvent(statement));
    }

    static StatementReceived toEvent(StatementRecord statement) {
        return new StatementReceived(StatementReceived.SCHEMA_VERSION, statement.id(), statement.text(),
                statement.publisher(), statement.url(), statement.publishedAt(), statement.language(),
                statement.receivedAt(), statement.contentHash());
    }
}
