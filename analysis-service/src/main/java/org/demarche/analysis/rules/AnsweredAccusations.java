package org.demarche.analysis.rules;

import java.util.ArrayList;
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
        List<Claim> against = new ArrayList<>();
        for (Claim c : claims) {
            if (denier.equals(c.sponsor())) {
                against.add(c);
            }
        }
        // "中方对此坚决反对，已向英方提出严正交涉" after British and New Zealand accusations: the accuser the denial names
        // is the one answered
        List<Claim> byNamed = new ArrayList<>();
        for (Claim c : against) {
            if (named.contains(c.attributor())) {
                byNamed.add(c);
            }
        }
        if (!byNamed.isEmpty()) {
            against = byNamed;
        }
        if (against.isEmpty()) {
            for (Claim c : claims) {
                if (c.sponsor() == null && c.group() != null && !denier.equals(c.attributor())) {
                    against.add(c);
                }
            }
        }
        List<Claim> answered = new ArrayList<>(against.size());
        for (Claim c : against) {
            if (c.group() != null || !namesAGroup(against, c.attributor())) {
                answered.add(c);
            }
        }
        return answered;
    }

    /** Whether one of the accusations by this attributor names a group. */
    private static boolean namesAGroup(List<Claim> accusations, String attributor) {
        for (Claim o : accusations) {
            if (o.group() != null && Objects.equals(o.attributor(), attributor)) {
                return true;
            }
        }
        return false;
    }
}
