package org.demarche.alert.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BackoffPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private final BackoffPolicy policy = new BackoffPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void delayDoublesPerFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(2), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(4), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(8), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(4));
        assertEquals(Duration.ofSeconds(10), policy.delayAfter(60));
    }

    @Test
    void aFailureBeforeTheLastAttemptIsRetriedAfterTheDelay() {
        DeliveryDecision decision = policy.decide(1, AttemptResult.retryableFailure(500, "HTTP 500"), NOW);
        assertEquals(DeliveryStatus.PENDING, decision.status());
        assertEquals(2, decision.attempts());
        assertEquals(NOW.plusSeconds(4), decision.nextAttemptAt());
    }

    @Test
    void theLastFailedAttemptFailsTheDelivery() {
        DeliveryDecision decision = policy.decide(4, AttemptResult.retryableFailure(503, "HTTP 503"), NOW);
        assertEquals(DeliveryStatus.FAILED, decision.status());
        assertEquals(5, decision.attempts());
        assertNull(decision.nextAttemptAt());
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        DeliveryDecision decision = policy.decide(0, AttemptResult.permanentFailure("denied"), NOW);
        assertEquals(DeliveryStatus.FAILED, decision.status());
        assertEquals(1, decision.attempts());
    }

    @Test
    void successDelivers() {
        DeliveryDecision decision = policy.decide(2, AttemptResult.delivered(204), NOW);
        assertEquals(DeliveryStatus.DELIVERED, decision.status());
        assertEquals(3, decision.attempts());
        assertNull(decision.nextAttemptAt());
    }

    @Test
    void rejectsInconsistentSettings() {
        assertThrows(IllegalArgumentException.class,
                () -> new BackoffPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(2)));
        assertThrows(IllegalArgumentException.class,
                () -> new BackoffPolicy(3, Duration.ofSeconds(5), Duration.ofSeconds(2)));
    }
}
