package org.demarche.analysis.rules;

import java.util.List;
import java.util.Objects;

/**
 * What a denial that names no group answers: "We firmly reject these allegations" after a reported accusation about
 * APT28 rejects the accusation about APT28. The accusations are the earlier claims holding the denier responsible, or,
 * when no claim names the denier, claims about a group whose sponsor the text left unrecognised. A group-less claim
 * is its own accusation only when its attributor named no group against the denier. When the denial names some of
 * the accusers, only their accusations are answered. Only the denier's own statement
 * is read this way: a third party reporting "China rejected the accusations" reports a denial that names no group.
 */
final class AnsweredAccusations {

    private AnsweredAccusations() {
    }

    static List<Claim> of(String denier, String speaker, List<Claim> claims, java.util.Set<String> named) {
        if (!denier.equals(speaker)) {
            return List.of();
        }
        List<Claim> against = claims.stream().filter(c -> denier.equals(c.sponsor())).toList();
        // "中方对此坚决反对，已向英方提出严正交涉" after British and New Zealand accusations: the accuser the denial names
        // is the one answered
        List<Claim> byNamed = against.stream().filter(c -> named.contains(c.attributor())).toList();
        if (!byNamed.isEmpty()) {
            against = byNamed;
        }
        if (against.isEmpty()) {
            against = claims.stream().filter(c -> c.sponsor() == null && c.group() != null
                    && !denier.equals(c.attributor())).toList();
        }
        List<Claim> accusations = against;
        return accusations.stream()
                .filter(c -> c.group() != null || accusations.stream()
                        .noneMatch(o -> o.group() != null && Objects.equals(o.attributor(), c.attributor())))
                .toList();
    }
}
