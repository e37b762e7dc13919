package org.demarche.alert.subscription;

import org.demarche.contracts.analysis.NamingKind;

/**
 * What a subscription filter is matched against: one naming of one statement.
 *
 * @param state    code of the state or IGO that names the group
 * @param groupId  gazetteer id of the group (as analysed, or resolved from its name), or null if unknown
 * @param groupKey normalised group name ({@code ThreatGroupCatalog.key})
 * @param sponsor  ISO code of the state held responsible, or null
 */
public record NamingSubject(String state, String groupId, String groupKey, NamingKind kind, String sponsor) {
}
