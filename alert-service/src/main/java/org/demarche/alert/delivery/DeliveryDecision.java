package org.demarche.alert.delivery;

import java.time.Instant;

/** The state of a delivery after an attempt; {@code nextAttemptAt} is set only while it stays PENDING. */
public record DeliveryDecision(DeliveryStatus status, int attempts, Instant nextAttemptAt) {
}
