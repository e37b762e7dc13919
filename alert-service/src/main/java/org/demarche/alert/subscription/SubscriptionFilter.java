package org.demarche.alert.subscription;

import java.util.List;

import org.demarche.contracts.analysis.NamingKind;

/**
 * Which namings a subscriber wants. Each empty list accepts anything; a non-empty list must contain the naming's
 * value (for groups: any alias of the naming's group).
 */
public record SubscriptionFilter(
        List<GroupReference> groups,
        List<String> attributors,
        List<String> sponsors,
        List<NamingKind> kinds) {

    public static final SubscriptionFilter ANY = new SubscriptionFilter(List.of(), List.of(), List.of(), List.of());

    public SubscriptionFilter {
        groups = List.copyOf(groups);
        attributors = List.copyOf(attributors);
        sponsors = List.copyOf(sponsors);
        kinds = List.copyOf(kinds);
    }

    public boolean matches(NamingSubject subject) {
        return (groups.isEmpty() || groups.stream().anyMatch(group -> group.matches(subject)))
                && (attributors.isEmpty() || attributors.contains(subject.state()))
                && (sponsors.isEmpty() || (subject.sponsor() != null && sponsors.contains(subject.sponsor())))
                && (kinds.isEmpty() || kinds.contains(subject.kind()));
    }
}
