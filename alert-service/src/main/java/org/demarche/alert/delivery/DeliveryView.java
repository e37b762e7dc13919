package org.demarche.alert.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery as {@code GET /alerts/{id}} shows it. */
public record DeliveryView(
        UUID id,
        UUID subscriptionId,
        DeliveryStatus status,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Instant deliveredAt,
        Instant createdAt) {
}
