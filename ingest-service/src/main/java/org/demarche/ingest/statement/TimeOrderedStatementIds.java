package org.demarche.ingest.statement;

import java.time.Clock;
import java.util.HexFormat;
import java.util.random.RandomGenerator;

/**
 * Ids of the form {@code st_} + 32 lower-case hex digits laid out like a UUIDv7 (RFC 9562): 48 bits of Unix
 * milliseconds, then version, random bits and variant. Fixed width makes string order follow time order, which the
 * listing pages on; the random bits make ids unguessable and unique across instances.
 */
public final class TimeOrderedStatementIds implements StatementIds {

    public static final String PREFIX = "st_";

    private static final long VERSION_7 = 0x7000L;
    private static final long RANDOM_12_BITS = 0x0FFFL;
    private static final long VARIANT_RFC = 0x8000_0000_0000_0000L;
    private static final long RANDOM_62_BITS = 0x3FFF_FFFF_FFFF_FFFFL;
    private static final int MILLIS_SHIFT = 16;

    private final Clock clock;
    private final RandomGenerator random;

    public TimeOrderedStatementIds(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String next() {
        long high = (clock.millis() << MILLIS_SHIFT) | VERSION_7 | (random.nextLong() & RANDOM_12_BITS);
        long low = VARIANT_RFC | (random.nextLong() & RANDOM_62_BITS);
        HexFormat hex = HexFormat.of();
        return PREFIX + hex.toHexDigits(high) + hex.toHexDigits(low);
    }
}
