package org.demarche.contracts.analysis;

/**
 * A state or intergovernmental body publicly naming a threat group, in an attribution (own or reported) or a denial.
 * Alerts are raised on namings only, so a naming carries everything an alert needs.
 *
 * @param state code of the state or IGO that names the group
 */
public record Naming(
        String state,
        String group,
        String groupId,
        NamingKind kind,
        Stance stance,
        String sponsor,
        Confidence confidence,
        String evidence) {
}
