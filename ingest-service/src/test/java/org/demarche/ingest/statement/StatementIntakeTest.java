package org.demarche.ingest.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.demarche.contracts.EventCodec;
import org.demarche.contracts.EventSchema;
import org.demarche.contracts.StatementReceived;
import org.demarche.ingest.problem.ProblemException;
import org.demarche.ingest.problem.ProblemType;
import org.junit.jupiter.api.Test;

class StatementIntakeTest {

    private static final String TEXT = "The United Kingdom attributes the campaign to APT40, acting for the MSS.";
    private static final String PUBLISHER = "Foreign, Commonwealth & Development Office";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-01T09:00:00.123456Z"));
    private final InMemoryStatementStore store = new InMemoryStatementStore();
    private final RecordingPublisher publisher = new RecordingPublisher();
    private final EventCodec codec = new EventCodec();
    private final StatementIntake intake = new StatementIntake(
            new StatementRules(new StatementLimits(1024, 500, 2048)), store, publisher,
            new TimeOrderedStatementIds(clock, new SplittableRandom(7)), codec, clock);

    @Test
    void publishesANewStatementAndStoresItAsPublished() {
        IntakeOutcome outcome = intake.submit(new StatementSubmission(TEXT, PUBLISHER,
                "https://www.gov.uk/government/news/x", "2024-07-09", "EN"));

        assertTrue(outcome.newlyPublished());
        StatementRecord statement = outcome.statement();
        assertEquals(StatementStatus.PUBLISHED, statement.status());
        assertEquals(List.of(statement), store.all());
        assertEquals(1, publisher.sent().size());
        assertEquals(statement.id(), publisher.sent().get(0).key());

        StatementReceived event = codec.decode(EventSchema.STATEMENT_RECEIVED, publisher.sent().get(0).json());
        assertEquals(statement.id(), event.statementId());
        assertEquals(TEXT, event.text());
        assertEquals(PUBLISHER, event.publisher());
        assertEquals("en", event.language());
        assertEquals("2024-07-09", event.publishedAt());
        assertEquals(Instant.parse("2026-03-01T09:00:00.123Z"), event.receivedAt());
        assertEquals(ContentHash.of(PUBLISHER, TEXT), event.contentHash());
    }

    @Test
    void theSameTextAndPublisherAgainGivesTheSameIdAndPublishesNothing() {
        String first = intake.submit(new StatementSubmission(TEXT, PUBLISHER, null, null, null)).statement().id();
        clock.advance(Duration.ofMinutes(5));

        IntakeOutcome again = intake.submit(new StatementSubmission("  " + TEXT + "\r\n", "  foreign, commonwealth  "
                + "& development office", "https://example.org/other", null, null));

        assertFalse(again.newlyPublished());
        assertEquals(first, again.statement().id());
        assertEquals(1, publisher.sent().size());
        assertEquals(1, store.all().size());
    }

    @Test
    void theSameTextFromAnotherPublisherIsAnotherStatement() {
        String first = intake.submit(new StatementSubmission(TEXT, PUBLISHER, null, null, null)).statement().id();
        String second = intake.submit(new StatementSubmission(TEXT, "Auswärtiges Amt", null, null, null))
                .statement().id();

        assertNotEquals(first, second);
        assertEquals(2, publisher.sent().size());
    }

    @Test
    void anUnacknowledgedStatementStaysStoredAsPendingAndTheFailureIsA503() {
        publisher.setUnavailable(true);

        ProblemException failure = assertThrows(ProblemException.class,
                () -> intake.submit(new StatementSubmission(TEXT, PUBLISHER, null, null, null)));

        assertEquals(ProblemType.PUBLISH_UNAVAILABLE, failure.problem());
        assertEquals(503, failure.problem().status());
        StatementRecord stored = store.all().get(0);
        assertEquals(StatementStatus.PENDING, stored.status());
        assertTrue(failure.getMessage().contains(stored.id()));
        assertTrue(publisher.sent().isEmpty());
    }

    @Test
    void aRetryOfAPendingStatementPublishesItUnderTheSameId() {
        publisher.setUnavailable(true);
        assertThrows(ProblemException.class,
                () -> intake.submit(new StatementSubmission(TEXT, PUBLISHER, null, null, null)));
        String pendingId = store.all().get(0).id();
        publisher.setUnavailable(false);

        IntakeOutcome retry = intake.submit(new StatementSubmission(TEXT, PUBLISHER, null, null, null));

        assertTrue(retry.newlyPublished());
        assertEquals(pendingId, retry.statement().id());
        assertEquals(StatementStatus.PUBLISHED, store.findById(pendingId).orElseThrow().status());
        assertEquals(List.of(pendingId), publisher.sent().stream().map(RecordingPublisher.Sent::key).toList());
    }

    @Test
    void anInvalidSubmissionStoresAndPublishesNothing() {
        assertThrows(ProblemException.class,
                () -> intake.submit(new StatementSubmission(TEXT, PUBLISHER, "ftp://example.org/x", null, null)));
        assertThrows(ProblemException.class, () -> intake.submit(new StatementSubmission(" ", null, null, null, null)));

        assertTrue(store.all().isEmpty());
        assertTrue(publisher.sent().isEmpty());
    }

    @Test
    void theRepublisherSendsOnlyPendingStatementsOlderThanTheCutoff() {
        publisher.setUnavailable(true);
        assertThrows(ProblemException.class, () -> intake.submit(new StatementSubmission("old", null, null, null, null)));
        clock.advance(Duration.ofMinutes(1));
        assertThrows(ProblemException.class, () -> intake.submit(new StatementSubmission("new", null, null, null, null)));
        publisher.setUnavailable(false);

        int published = intake.republishPending(clock.instant().minusSeconds(30), 10);

        assertEquals(1, published);
        assertEquals(1, publisher.sent().size());
        StatementReceived event = codec.decode(EventSchema.STATEMENT_RECEIVED, publisher.sent().get(0).json());
        assertEquals("old", event.text());
        assertEquals(StatementStatus.PUBLISHED, store.findById(event.statementId()).orElseThrow().status());
        assertEquals(1, store.pendingReceivedBefore(clock.instant().plusSeconds(1), 10).size());
    }

    @Test
    void theRepublisherLeavesEverythingPendingWhileKafkaIsDown() {
        publisher.setUnavailable(true);
        assertThrows(ProblemException.class, () -> intake.submit(new StatementSubmission("one", null, null, null, null)));
        assertThrows(ProblemException.class, () -> intake.submit(new StatementSubmission("two", null, null, null, null)));
        clock.advance(Duration.ofMinutes(1));

        assertEquals(0, intake.republishPending(clock.instant(), 10));
        assertTrue(store.all().stream().allMatch(s -> s.status() == StatementStatus.PENDING));
    }

    @Test
    void aPublishedStatementFoundAfterLosingAnInsertRaceIsADuplicate() {
        String hash = ContentHash.of(null, TEXT);
        StatementRecord concurrent = new StatementRecord("st_concurrent", TEXT, null, null, null, null,
                clock.instant(), StatementStatus.PUBLISHED, hash);
        StatementStore racing = new InMemoryStatementStore() {
            private boolean first = true;

            @Override
            public Optional<StatementRecord> findByContentHash(String contentHash) {
                if (first) {
                    first = false;
                    put(concurrent);
                    return Optional.empty();
                }
                return super.findByContentHash(contentHash);
            }
        };
        StatementIntake racingIntake = new StatementIntake(new StatementRules(new StatementLimits(1024, 500, 2048)),
                racing, publisher, () -> "st_mine", codec, clock);

        IntakeOutcome outcome = racingIntake.submit(new StatementSubmission(TEXT, null, null, null, null));

        assertEquals("st_concurrent", outcome.statement().id());
        assertFalse(outcome.newlyPublished());
        assertTrue(publisher.sent().isEmpty());
    }

    @Test
    void aRehearsalValidatesAndEncodesButNeitherStoresNorPublishes() {
        IntakeOutcome rehearsed = intake.rehearse(new StatementSubmission(TEXT, PUBLISHER, null, null, "en"));

        assertEquals(ContentHash.of(PUBLISHER, TEXT), rehearsed.statement().contentHash());
        assertEquals(TEXT, rehearsed.statement().text());
        assertTrue(store.all().isEmpty());
        assertTrue(publisher.sent().isEmpty());
    }

    @Test
    void aRehearsalRefusesWhatASubmissionWouldRefuse() {
        assertThrows(ProblemException.class, () -> intake.rehearse(new StatementSubmission("  ", PUBLISHER, null,
                null, null)));
        assertTrue(store.all().isEmpty());
    }
}
