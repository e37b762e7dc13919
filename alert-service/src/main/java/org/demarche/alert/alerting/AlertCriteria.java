package org.demarche.alert.alerting;

import java.time.Instant;

/**
 * Which alerts a reader asked for ({@code GET /alerts}, the stream); null fields accept anything.
 *
 * @param groupId  gazetteer id the requested group resolves to, or null
 * @param groupKey normalised requested group name, or null when no group was asked for
 */
public record AlertCriteria(String groupId, String groupKey, String attributor, String sponsor, Instant since,
        int limit) {

    public boolean matches(NewAlert alert) {
        return matchesGroup(alert)
                && (attributor == null || attributor.equals(alert.state()))
                && (sponsor == null || sponsor.equals(alert.sponsor()))
                && (since == null || !alert.createdAt().isBefore(since));
    }

    private boolean matchesGroup(NewAlert alert) {
        if (groupKey == null) {
            return true;
        }
        return (groupId != null && groupId.equals(alert.resolvedGroupId())) || groupKey.equals(alert.groupKey());
    }
}
