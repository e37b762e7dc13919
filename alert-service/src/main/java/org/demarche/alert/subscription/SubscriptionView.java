package org.demarche.alert.subscription;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A subscription as the API shows it. {@code secret} is set only in the response to its creation.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, String name, String webhookUrl, Filter filter, String secret,
        Instant createdAt) {

    /** The filter as given, plus what each group resolved to. */
    public record Filter(List<String> groups, List<String> attributors, List<String> sponsors, List<String> kinds,
            List<ResolvedGroup> resolvedGroups) {
    }

    /** @param groupId gazetteer id, or null when the name is matched as written (normalised) */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ResolvedGroup(String name, String groupId, String key) {
    }

    public static SubscriptionView of(Subscription s, boolean withSecret) {
        SubscriptionFilter filter = s.filter();
        Filter view = new Filter(
                filter.groups().stream().map(GroupReference::name).toList(),
                filter.attributors(),
                filter.sponsors(),
                filter.kinds().stream().map(Enum::name).toList(),
                filter.groups().stream().map(g -> new ResolvedGroup(g.name(), g.groupId(), g.key())).toList());
        return new SubscriptionView(s.id, s.name, s.webhookUrl, view, withSecret ? s.secret : null, s.createdAt);
    }
}
