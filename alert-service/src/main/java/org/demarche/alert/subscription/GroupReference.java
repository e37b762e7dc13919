package org.demarche.alert.subscription;

/**
 * A group a subscriber asked for, resolved once against the gazetteer when the subscription is made.
 *
 * @param name    the name as the subscriber gave it
 * @param groupId the gazetteer id it resolves to, or null for a group the gazetteer does not (yet) know
 * @param key     the normalised name ({@code ThreatGroupCatalog.key}), which unknown groups are matched by
 */
public record GroupReference(String name, String groupId, String key) {

    boolean matches(NamingSubject subject) {
        if (groupId != null) {
            return groupId.equals(subject.groupId());
        }
        return key.equals(subject.groupKey());
    }
}
