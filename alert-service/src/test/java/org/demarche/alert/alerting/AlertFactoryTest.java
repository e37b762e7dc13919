package org.demarche.alert.alerting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.demarche.alert.TestStatements;
import org.demarche.alert.subscription.NamingSubject;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Stance;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;
import org.junit.jupiter.api.Test;

class AlertFactoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456789Z");

    private final AtomicInteger sequence = new AtomicInteger();
    private final AlertFactory factory = new AlertFactory(ThreatGroupCatalog.load(),
            () -> new UUID(0, sequence.incrementAndGet()));

    @Test
    void oneAlertPerNamingCarryingTheStatementMetadata() {
        List<NewAlert> alerts = factory.alertsFor(TestStatements.apt40ByAustralia("st-1"), NOW);

        assertEquals(1, alerts.size());
        AlertView view = alerts.get(0).view();
        assertEquals(new AlertView(new UUID(0, 1), "demarche.alert.naming.v1", "st-1", "AU", "APT40", "apt40",
                NamingKind.ATTRIBUTION, Stance.OWN, "CN", Confidence.ASSERTED, TestStatements.EVIDENCE,
                "Department of Foreign Affairs and Trade", "https://www.dfat.gov.au/news/st-1", "2024-07-09",
                Instant.parse("2024-07-09T01:00:01Z"), Instant.parse("2026-03-01T10:15:30.123456Z")), view);
        assertEquals(new NamingSubject("AU", "apt40", "apt40", NamingKind.ATTRIBUTION, "CN"),
                alerts.get(0).subject());
    }

    @Test
    void aNamingWithoutIdIsResolvedByNameForMatchingButKeepsItsOwnFields() {
        StatementAnalyzed statement = TestStatements.withNamings("st-2", "US",
                List.of(new Naming("US", "Leviathan", null, NamingKind.ATTRIBUTION, Stance.OWN, "CN", null, null)));
        NewAlert alert = factory.alertsFor(statement, NOW).get(0);
        assertEquals(null, alert.groupId());
        assertEquals("apt40", alert.resolvedGroupId());
        assertEquals("leviathan", alert.groupKey());
        assertEquals("leviathan", alert.namingKey());
    }

    @Test
    void anUnknownGroupIsKeyedByItsNormalisedName() {
        NewAlert alert = factory.alertsFor(TestStatements.unknownGroup("st-3", "GB", "Storm-9999 Crew"), NOW)
                .get(0);
        assertEquals(null, alert.resolvedGroupId());
        assertEquals("storm9999crew", alert.namingKey());
    }

    @Test
    void repeatedNamingsRaiseOneAlertAndDifferentStancesOrKindsRaiseTheirOwn() {
        Naming own = TestStatements.naming("AU", "APT40", "apt40", "CN");
        Naming reported = new Naming("AU", "APT40", "apt40", NamingKind.ATTRIBUTION, Stance.REPORTED, "CN", null,
                null);
        Naming denial = new Naming("CN", "APT40", "apt40", NamingKind.DENIAL, Stance.REPORTED, null, null, null);
        Naming byAnotherState = TestStatements.naming("NZ", "APT40", "apt40", "CN");
        StatementAnalyzed statement = TestStatements.withNamings("st-4", "AU",
                List.of(own, own, reported, denial, byAnotherState, own));

        List<NewAlert> alerts = factory.alertsFor(statement, NOW);

        assertEquals(4, alerts.size());
        assertEquals(List.of("AU/OWN/ATTRIBUTION", "AU/REPORTED/ATTRIBUTION", "CN/REPORTED/DENIAL",
                "NZ/OWN/ATTRIBUTION"), alerts.stream().map(a -> a.state() + "/" + a.stance() + "/" + a.kind())
                        .toList());
    }

    @Test
    void aStatementWithoutNamingsRaisesNothing() {
        assertTrue(factory.alertsFor(TestStatements.withNamings("st-5", "AU", List.of()), NOW).isEmpty());
    }

    @Test
    void aStatementWithoutIdCannotBeAlertedOn() {
        assertThrows(IllegalArgumentException.class,
                () -> factory.alertsFor(TestStatements.apt40ByAustralia(null), NOW));
    }
}
