package org.demarche.alert.delivery;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential backoff: after the n-th failed attempt the next one waits {@code baseDelay * 2^(n-1)}, at most
 * {@code maxDelay}; after {@code maxAttempts} attempts the delivery has failed for good.
 */
public record BackoffPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    public BackoffPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay");
        }
    }

    /** The wait after {@code failedAttempts} failures (at least 1). */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = baseDelay;
        for (int i = 1; i < failedAttempts && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    public DeliveryDecision decide(int attemptsBefore, AttemptResult result, Instant now) {
        int attempts = attemptsBefore + 1;
        if (result.delivered()) {
            return new DeliveryDecision(DeliveryStatus.DELIVERED, attempts, null);
        }
        if (!result.retryable() || attempts >= maxAttempts) {
            return new DeliveryDecision(DeliveryStatus.FAILED, attempts, null);
        }
        return new DeliveryDecision(DeliveryStatus.PENDING, attempts, now.plus(delayAfter(attempts)));
    }
}
