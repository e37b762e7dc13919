package org.demarche.alert.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.demarche.alert.TestStatements;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;
import org.junit.jupiter.api.Test;

class AlertQueryParserTest {

    private static final ThreatGroupCatalog CATALOG = ThreatGroupCatalog.load();
    private final AlertQueryParser parser = new AlertQueryParser(CATALOG, 50, 500);

    private final NewAlert apt40 = new AlertFactory(CATALOG, UUID::randomUUID)
            .alertsFor(TestStatements.apt40ByAustralia("st-q"), Instant.parse("2026-02-01T00:00:00Z")).get(0);
    private final NewAlert unknown = new AlertFactory(CATALOG, UUID::randomUUID)
            .alertsFor(TestStatements.unknownGroup("st-u", "US", "Velvet Ant 2"),
                    Instant.parse("2026-02-01T00:00:00Z")).get(0);

    private AlertCriteria criteria(String group, String attributor, String sponsor, String since) {
        AlertQueryParser.Result result = parser.parse(group, attributor, sponsor, since, null);
        assertNull(result.problems());
        return result.criteria();
    }

    @Test
    void noParametersMatchEverythingWithTheDefaultLimit() {
        AlertCriteria all = criteria(null, null, null, null);
        assertEquals(50, all.limit());
        assertTrue(all.matches(apt40));
        assertTrue(all.matches(unknown));
    }

    @Test
    void groupMatchesAnyAliasOrAnUnknownGroupByName() {
        assertTrue(criteria("Leviathan", null, null, null).matches(apt40));
        assertTrue(criteria("kryptonite panda", null, null, null).matches(apt40));
        assertFalse(criteria("Leviathan", null, null, null).matches(unknown));
        assertTrue(criteria("velvet-ant-2", null, null, null).matches(unknown));
        assertFalse(criteria("APT41", null, null, null).matches(apt40));
    }

    @Test
    void attributorSponsorAndSinceNarrowTheMatch() {
        assertTrue(criteria(null, "AU", "CN", "2026-02-01T00:00:00Z").matches(apt40));
        assertFalse(criteria(null, "NZ", null, null).matches(apt40));
        assertFalse(criteria(null, null, "RU", null).matches(apt40));
        assertFalse(criteria(null, null, null, "2026-02-01T00:00:00.000001Z").matches(apt40));
    }

    @Test
    void reportsEveryBadParameter() {
        AlertQueryParser.Result result = parser.parse("--", "Australia", "EU", "yesterday", "0");
        assertNull(result.criteria());
        assertEquals(List.of(
                "group: '--' contains no letter or digit",
                "attributor: 'Australia' is not an upper-case ISO 3166-1 alpha-2 code nor one of EU, NATO, G7, UN, "
                        + "ASEAN",
                "sponsor: 'EU' is not an upper-case ISO 3166-1 alpha-2 state code",
                "since: 'yesterday' is not an ISO-8601 instant such as 2026-01-31T12:00:00Z",
                "limit: must be between 1 and 500"), result.problems());
        assertEquals(List.of("limit: 'ten' is not an integer"),
                parser.parse(null, null, null, null, "ten").problems());
        assertEquals(500, parser.parse(null, null, null, null, "500").criteria().limit());
    }
}
