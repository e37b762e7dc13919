package org.demarche.contracts.analysis;

/**
 * An attributor holding a group or an activity responsible.
 *
 * @param group   canonical group name, or null when an activity is attributed without naming a group
 * @param groupId gazetteer id of the group, or null
 * @param sponsor ISO 3166-1 alpha-2 code of the state held responsible, or null
 */
public record Attribution(
        String attributor,
        String group,
        String groupId,
        String sponsor,
        Stance stance,
        Confidence confidence,
        String evidence,
        Provenance provenance) {
}
