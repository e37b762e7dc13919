package org.demarche.alert.subscription;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.demarche.contracts.analysis.NamingKind;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {

    private static final NamingSubject AU_NAMES_APT40 =
            new NamingSubject("AU", "apt40", "apt40", NamingKind.ATTRIBUTION, "CN");
    private static final NamingSubject CN_DENIES_APT40 =
            new NamingSubject("CN", "apt40", "apt40", NamingKind.DENIAL, null);
    private static final NamingSubject US_NAMES_NEW_GROUP =
            new NamingSubject("US", null, "velvetant2", NamingKind.ATTRIBUTION, null);

    private static SubscriptionFilter groups(GroupReference... groups) {
        return new SubscriptionFilter(List.of(groups), List.of(), List.of(), List.of());
    }

    @Test
    void emptyFilterMatchesEveryNaming() {
        assertTrue(SubscriptionFilter.ANY.matches(AU_NAMES_APT40));
        assertTrue(SubscriptionFilter.ANY.matches(CN_DENIES_APT40));
        assertTrue(SubscriptionFilter.ANY.matches(US_NAMES_NEW_GROUP));
    }

    @Test
    void aGroupSubscribedByAliasMatchesNamingsOfThatGroup() {
        SubscriptionFilter leviathan = groups(new GroupReference("Leviathan", "apt40", "leviathan"));
        assertTrue(leviathan.matches(AU_NAMES_APT40));
        assertTrue(leviathan.matches(CN_DENIES_APT40));
        assertFalse(leviathan.matches(US_NAMES_NEW_GROUP));
    }

    @Test
    void anUnknownGroupMatchesByNormalisedName() {
        SubscriptionFilter velvet = groups(new GroupReference("Velvet Ant-2", null, "velvetant2"));
        assertTrue(velvet.matches(US_NAMES_NEW_GROUP));
        assertFalse(velvet.matches(AU_NAMES_APT40));
    }

    @Test
    void anyEntryOfAListMatches() {
        SubscriptionFilter either = groups(new GroupReference("Sandworm", "sandworm-team", "sandworm"),
                new GroupReference("Velvet Ant 2", null, "velvetant2"));
        assertTrue(either.matches(US_NAMES_NEW_GROUP));
        assertFalse(either.matches(AU_NAMES_APT40));
    }

    @Test
    void everyNonEmptyListMustMatch() {
        SubscriptionFilter filter = new SubscriptionFilter(
                List.of(new GroupReference("APT40", "apt40", "apt40")), List.of("AU", "NZ"), List.of("CN"),
                List.of(NamingKind.ATTRIBUTION));
        assertTrue(filter.matches(AU_NAMES_APT40));
        assertFalse(filter.matches(new NamingSubject("GB", "apt40", "apt40", NamingKind.ATTRIBUTION, "CN")));
        assertFalse(filter.matches(new NamingSubject("AU", "apt40", "apt40", NamingKind.ATTRIBUTION, "RU")));
        assertFalse(filter.matches(new NamingSubject("AU", "apt40", "apt40", NamingKind.DENIAL, "CN")));
        assertFalse(filter.matches(new NamingSubject("AU", "apt41", "apt41", NamingKind.ATTRIBUTION, "CN")));
    }

    @Test
    void aSponsorFilterNeverMatchesANamingWithoutSponsor() {
        SubscriptionFilter sponsor = new SubscriptionFilter(List.of(), List.of(), List.of("CN"), List.of());
        assertTrue(sponsor.matches(AU_NAMES_APT40));
        assertFalse(sponsor.matches(CN_DENIES_APT40));
    }
}
