package org.demarche.analysis.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.demarche.analysis.group.GroupHit;
import org.demarche.contracts.analysis.Confidence;

/**
 * Condemnations whose target is settled once the whole text is read. The target is, in this order: the sponsor of an
 * attribution made in the same sentence, the first state named after the condemnation verb ("condemned Moscow",
 * "l'attaque iranienne"), the sponsor some attribution gives a group the sentence names ("condemn the campaign
 * conducted by APT28"), the last sponsor before, or the first sponsor after (a condemnation that opens the text).
 * A state named after the verb is also an attribution: condemning "the Iranian attack" holds Iran responsible.
 */
final class CondemnationTargets {

    static final String IMPLIED_ATTRIBUTION = "attribution.condemnation";

    /** One condemner's condemnation as found in its sentence. */
    record Pending(String condemner, String sponsorHere, String namedAfterVerb, List<GroupHit> groups,
            String latestBefore, SentenceFacts facts) {
    }

    /** A condemnation with its target settled, and the sentence it came from. */
    record Settled(String condemner, String target, SentenceFacts facts) {
    }

    private CondemnationTargets() {
    }

    static List<Settled> settle(List<Pending> pending, List<Claim> claims) {
        List<Settled> out = new ArrayList<>();
        for (Pending p : pending) {
            String target = firstNonNull(p.sponsorHere(), p.namedAfterVerb(), sponsorOfGroups(p.groups(), claims),
                    p.latestBefore(), firstSponsorAfter(p.facts().sentence().index(), claims));
            out.add(new Settled(p.condemner(), Objects.equals(target, p.condemner()) ? null : target, p.facts()));
        }
        return out;
    }

    /**
     * Attributions the condemnations add: a condemned state that no attribution of the condemner holds responsible,
     * for each group the sentence names ("condamne l'utilisation par le renseignement russe du mode opératoire APT28")
     * or for the activity alone.
     */
    static List<Claim> impliedAttributions(List<Pending> pending, List<Claim> claims) {
        Map<String, Claim> out = new LinkedHashMap<>();
        for (Pending p : pending) {
            String sponsor = p.namedAfterVerb();
            if (p.sponsorHere() != null || sponsor == null || sponsor.equals(p.condemner())) {
                continue;
            }
            List<GroupHit> groups = p.groups().isEmpty() ? Collections.singletonList(null) : p.groups();
            for (GroupHit g : groups) {
                String key = g == null ? null : g.key();
                boolean known = claims.stream().anyMatch(c -> c.attributor().equals(p.condemner())
                        && (g == null ? sponsor.equals(c.sponsor()) : key.equals(c.groupKey()) && c.sponsor() != null));
                if (!known) {
                    out.putIfAbsent(p.condemner() + "|" + key + "|" + sponsor, new Claim(p.condemner(), g, sponsor,
                            Confidence.ASSERTED, p.facts().sentence(), IMPLIED_ATTRIBUTION));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private static String sponsorOfGroups(List<GroupHit> groups, List<Claim> claims) {
        for (GroupHit g : groups) {
            for (Claim c : claims) {
                if (c.sponsor() != null && g.key().equals(c.groupKey())) {
                    return c.sponsor();
                }
            }
        }
        return null;
    }

    private static String firstSponsorAfter(int sentence, List<Claim> claims) {
        return claims.stream()
                .filter(c -> c.sponsor() != null && c.sentence().index() > sentence)
                .min((a, b) -> Integer.compare(a.sentence().index(), b.sentence().index()))
                .map(Claim::sponsor)
                .orElse(null);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
