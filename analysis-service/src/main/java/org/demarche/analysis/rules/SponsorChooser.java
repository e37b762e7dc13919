package org.demarche.analysis.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.actor.ActorRole;
import org.demarche.analysis.group.GroupHit;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;

/**
 * The state held responsible in an attribution clause: a state mention after the speaking subject's verb, not a
 * place or victim ("in the UK", "aux États-Unis"), not the attributor; agencies and government references beat
 * capitals and names, which beat official bodies (a foreign ministry or the FBI speaks or helps, it is seldom held
 * responsible) and bare adjectives; among equals the one nearest an attribution cue wins. When the clause after the
 * verb holds no state, a government or agency between the subject and the verb is taken ("Großbritannien hat dem GRU
 * zugeschrieben und APT28 genannt").
 */
final class SponsorChooser {

    /** "중국 해킹조직 '볼트 타이푼'", "Chinese state hackers of APT31": a state this close before a group describes it. */
    static final int GROUP_DESCRIPTION_GAP = 12;

    /** At most this many folded chars (", which ", ", que ", ", die ") between an antecedent and a clause's subject. */
    static final int ANTECEDENT_GAP = 12;

    /** At most this many folded chars ("借此", "has") between an accuser and its accusing verb. */
    static final int ACCUSER_GAP = 2;

    private SponsorChooser() {
    }

    static Optional<String> choose(SentenceFacts facts, Set<String> attributors, int clauseStart, int subjectEnd,
            int subjectStart) {
        List<Match<Term>> cues = attributionCues(facts);
        int government = strength(ActorRole.GOVERNMENT);
        // one pass, in text order; on a tie the first one found is kept
        ActorMention inClause = null;
        ActorMention beforeVerb = null;
        ActorMention antecedent = null;
        for (ActorMention a : facts.actors()) {
            if (!a.role().isState() || a.location() || a.code() == null || attributors.contains(a.code())
                    || accuses(a, cues)) {
                continue;
            }
            if (a.foldedStart() >= clauseStart && (inClause == null || stronger(a, inClause, cues))) {
                inClause = a;
            }
            if (a.foldedStart() >= subjectEnd && strength(a) >= government
                    && (beforeVerb == null || stronger(a, beforeVerb, cues))) {
                beforeVerb = a;
            }
            // "… officers of GRU Unit 74455, which American prosecutors say is the unit behind …": the relative
            // clause's antecedent, right before its subject, is what the clause holds responsible
            if (a.foldedEnd() <= subjectStart && subjectStart - a.foldedEnd() <= ANTECEDENT_GAP
                    && strength(a) >= government && (antecedent == null || a.foldedEnd() > antecedent.foldedEnd())) {
                antecedent = a;
            }
        }
        ActorMention chosen = inClause != null ? inClause : beforeVerb != null ? beforeVerb : antecedent;
        return Optional.ofNullable(chosen).map(ActorMention::code);
    }

    private static List<Match<Term>> attributionCues(SentenceFacts facts) {
        List<Match<Term>> cues = new java.util.ArrayList<>();
        for (Match<Term> t : facts.terms()) {
            TermKind kind = t.payload().kind();
            if (kind == TermKind.ATTRIBUTION || kind == TermKind.REPORTED_ATTRIBUTION) {
                cues.add(t);
            }
        }
        return cues;
    }

    /** Stronger as a sponsor: a stronger kind of reference, or as strong and nearer an attribution cue. */
    private static boolean stronger(ActorMention a, ActorMention than, List<Match<Term>> cues) {
        int byKind = Integer.compare(strength(a), strength(than));
        return byKind > 0 || byKind == 0 && distance(a, cues) < distance(than, cues);
    }

    /** The agency or government mention of the sentence that no attributor owns, the strongest first. */
    static Optional<String> strongestGovernment(SentenceFacts facts, Set<String> attributors) {
        return facts.actors().stream()
                .filter(a -> a.role().isState() && !a.location() && a.code() != null && !attributors.contains(a.code())
                        && strength(a) >= strength(ActorRole.GOVERNMENT))
                .max(Comparator.comparingInt(SponsorChooser::strength))
                .map(ActorMention::code);
    }

    /**
     * Further states the clause holds responsible with the chosen one: government or agency references of other
     * states after the voice ("спецслужбы США и Великобритании", "in the interest of the Israeli regime and helped by
     * American services"), when the chosen sponsor is itself named as a government or agency. A bare name or
     * demonym beside it is more often a victim or a place than a second sponsor.
     */
    static List<String> coSponsors(SentenceFacts facts, Set<String> attributors, int clauseStart, String chosen) {
        int government = strength(ActorRole.GOVERNMENT);
        boolean chosenStrong = facts.actors().stream().anyMatch(a -> a.foldedStart() >= clauseStart
                && chosen.equals(a.code()) && !a.location() && strength(a) >= government);
        if (!chosenStrong) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>(2);
        for (ActorMention a : facts.actors()) {
            String code = a.code();
            if (a.foldedStart() >= clauseStart && a.role().isState() && !a.location() && code != null
                    && strength(a) >= government && !code.equals(chosen) && !attributors.contains(code)
                    && !out.contains(code)) {
                out.add(code);
            }
        }
        return out;
    }

    /**
     * Whether the strongest state reference after the voice is an agency or government of an attributor itself
     * ("중국 외교부는 … 중국 해킹조직 … 의혹에 … 반박했다"): the clause then tells what others accuse the attributor of.
     */
    static boolean ownStateStrongest(SentenceFacts facts, Set<String> attributors, int clauseStart) {
        int own = 0;
        int other = 0;
        for (ActorMention a : facts.actors()) {
            if (a.foldedStart() < clauseStart || !a.role().isState() || a.location() || a.code() == null) {
                continue;
            }
            if (attributors.contains(a.code())) {
                if (describesGroup(a, facts)) {
                    own = Math.max(own, strength(a));
                }
            } else {
                other = Math.max(other, strength(a));
            }
        }
        return own >= strength(ActorRole.GOVERNMENT) && own > other;
    }

    private static boolean describesGroup(ActorMention a, SentenceFacts facts) {
        for (GroupHit g : facts.groups()) {
            int gap = g.start() - a.end();
            if (gap >= 0 && gap <= GROUP_DESCRIPTION_GAP) {
                return true;
            }
        }
        return false;
    }

    /**
     * "美国情报机构借此炒作…": an agency or state right before an accusing verb is the one accusing, even when it cannot
     * speak for the clause; it is never the one the accusation holds responsible.
     */
    private static boolean accuses(ActorMention a, List<Match<Term>> cues) {
        for (Match<Term> c : cues) {
            int gap = c.foldedStart() - a.foldedEnd();
            if (c.payload().kind() == TermKind.REPORTED_ATTRIBUTION && gap >= 0 && gap <= ACCUSER_GAP) {
                return true;
            }
        }
        return false;
    }

    static int strength(ActorMention a) {
        return strength(a.role());
    }

    private static int strength(ActorRole role) {
        return switch (role) {
            case DEMONYM -> 1;
            case BODY -> 2;
            case STATE -> 3;
            case CAPITAL -> 4;
            case GOVERNMENT -> 5;
            case AGENCY -> 6;
            default -> 0;
        };
    }

    private static int distance(ActorMention a, List<Match<Term>> cues) {
        int best = Integer.MAX_VALUE;
        for (Match<Term> c : cues) {
            int d = c.foldedStart() >= a.foldedEnd() ? c.foldedStart() - a.foldedEnd()
                    : Math.max(0, a.foldedStart() - c.foldedEnd());
            best = Math.min(best, d);
        }
        return best;
    }
}
