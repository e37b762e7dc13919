package org.demarche.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.demarche.alert.delivery.WebhookUrlPolicy;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;
import org.junit.jupiter.api.Test;

class SubscriptionValidatorTest {

    private static final ThreatGroupCatalog CATALOG = ThreatGroupCatalog.load();

    private final WebhookUrlPolicy urlPolicy = new WebhookUrlPolicy(List.of("127.0.0.1"), host -> {
        if (host.equals("hooks.example.org")) {
            return new InetAddress[] {InetAddress.getByName("93.184.215.14")};
        }
        if (host.equals("intranet.example.org")) {
            return new InetAddress[] {InetAddress.getByName("192.168.0.10")};
        }
        throw new UnknownHostException(host);
    }, 2048);
    private final SubscriptionValidator validator = new SubscriptionValidator(CATALOG, urlPolicy,
            new SubscriptionLimits(20, 3, 15));

    @Test
    void resolvesGroupsToGazetteerIdsAndKeepsUnknownOnesByName() {
        SubscriptionValidator.Result result = validator.validate(new SubscriptionRequest("  SOC feed ",
                "https://hooks.example.org/in",
                new FilterRequest(List.of("Leviathan", "Salt Typhoon X"), List.of("AU", "NATO"), List.of("CN"),
                        List.of("ATTRIBUTION"))));

        assertTrue(result.valid(), () -> String.valueOf(result.problems()));
        NewSubscription subscription = result.subscription();
        assertEquals("SOC feed", subscription.name());
        assertEquals("https://hooks.example.org/in", subscription.webhookUrl().toString());
        assertEquals(List.of(new GroupReference("Leviathan", "apt40", "leviathan"),
                new GroupReference("Salt Typhoon X", null, "salttyphoonx")), subscription.filter().groups());
        assertEquals(List.of("AU", "NATO"), subscription.filter().attributors());
        assertEquals(List.of("CN"), subscription.filter().sponsors());
        assertEquals(List.of(NamingKind.ATTRIBUTION), subscription.filter().kinds());
    }

    @Test
    void aMissingFilterMatchesEverything() {
        SubscriptionValidator.Result result = validator.validate(
                new SubscriptionRequest("all", "http://127.0.0.1:9999/hook", null));
        assertTrue(result.valid(), () -> String.valueOf(result.problems()));
        assertEquals(SubscriptionFilter.ANY, result.subscription().filter());
    }

    @Test
    void duplicateEntriesAreKeptOnce() {
        SubscriptionValidator.Result result = validator.validate(new SubscriptionRequest("dups",
                "https://hooks.example.org/in", new FilterRequest(null, List.of("AU", "AU"), null,
                        List.of("DENIAL", "DENIAL"))));
        assertEquals(List.of("AU"), result.subscription().filter().attributors());
        assertEquals(List.of(NamingKind.DENIAL), result.subscription().filter().kinds());
    }

    @Test
    void reportsEveryProblemWithItsPath() {
        SubscriptionValidator.Result result = validator.validate(new SubscriptionRequest(" ",
                "http://intranet.example.org/hook",
                new FilterRequest(Arrays.asList("APT40", "", "a group name that is too long"),
                        List.of("au", "XX", "EU"), List.of("EU", "CN"), List.of("ATTRIBUTION", "blame"))));

        assertFalse(result.valid());
        assertNull(result.subscription());
        assertEquals(List.of(
                "name: is required",
                "webhookUrl: host intranet.example.org resolves to a loopback, private or link-local address "
                        + "(192.168.0.10)",
                "filter.groups[1]: must not be blank",
                "filter.groups[2]: is longer than 15 characters",
                "filter.attributors[0]: 'au' is not an upper-case ISO 3166-1 alpha-2 code nor one of EU, NATO, G7, "
                        + "UN, ASEAN",
                "filter.attributors[1]: 'XX' is not an upper-case ISO 3166-1 alpha-2 code nor one of EU, NATO, G7, "
                        + "UN, ASEAN",
                "filter.sponsors[0]: 'EU' is not an upper-case ISO 3166-1 alpha-2 state code",
                "filter.kinds[1]: 'blame' is not one of ATTRIBUTION, DENIAL"), result.problems());
    }

    @Test
    void rejectsOverlongNamesAndListsAndUnusableUrls() {
        List<String> many = new ArrayList<>(Collections.nCopies(4, "AU"));
        SubscriptionValidator.Result result = validator.validate(new SubscriptionRequest(
                "a name longer than twenty", "ftp://hooks.example.org/in",
                new FilterRequest(List.of("!!!"), many, null, null)));
        assertEquals(List.of(
                "name: is longer than 20 characters",
                "webhookUrl: must be an absolute http or https URL",
                "filter.groups[0]: '!!!' contains no letter or digit",
                "filter.attributors: has more than 3 entries"), result.problems());
    }

    @Test
    void rejectsAMissingBodyAndUnresolvableHosts() {
        assertEquals(1, validator.validate(null).problems().size());
        assertEquals(List.of("name: is required", "webhookUrl: is required"),
                validator.validate(new SubscriptionRequest(null, null, null)).problems());
        assertEquals(List.of("webhookUrl: host nowhere.invalid cannot be resolved"),
                validator.validate(new SubscriptionRequest("x", "https://nowhere.invalid/", null)).problems());
    }
}
