package org.demarche.ingest.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedStatementIdsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final TimeOrderedStatementIds ids = new TimeOrderedStatementIds(clock, new SplittableRandom(42));

    @Test
    void areUrlSafeAndShapedLikeAVersion7Uuid() {
        String id = ids.next();

        assertTrue(id.matches("st_[0-9a-f]{32}"), id);
        String hex = id.substring(TimeOrderedStatementIds.PREFIX.length());
        UUID uuid = UUID.fromString(hex.replaceFirst("(.{8})(.{4})(.{4})(.{4})(.{12})", "$1-$2-$3-$4-$5"));
        assertEquals(7, uuid.version());
        assertEquals(2, uuid.variant());
        assertEquals(clock.millis(), uuid.getMostSignificantBits() >>> 16);
    }

    @Test
    void sortInTheOrderTheyWereMadeAcrossMilliseconds() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            made.add(ids.next());
            clock.advance(Duration.ofMillis(1));
        }
        assertEquals(made, made.stream().sorted().toList());
    }

    @Test
    void differWithinTheSameMillisecond() {
        HashSet<String> distinct = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            distinct.add(ids.next());
        }
        assertEquals(1000, distinct.size());
    }
}
