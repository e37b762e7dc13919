package org.demarche.analysis.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.actor.ActorRole;
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

    private SponsorChooser() {
    }

    static Optional<String> choose(SentenceFacts facts, Set<String> attributors, int clauseStart, int subjectEnd) {
        List<Match<Term>> cues = facts.terms().stream()
                .filter(t -> t.payload().kind() == TermKind.ATTRIBUTION || t.payload().kind() == TermKind.REPORTED_ATTRIBUTION)
                .toList();
        List<ActorMention> candidates = facts.actors().stream()
                .filter(a -> a.role().isState() && !a.location() && a.code() != null)
                .filter(a -> !attributors.contains(a.code()))
                .toList();
        Comparator<ActorMention> strongest = Comparator.comparingInt((ActorMention a) -> strength(a))
                .thenComparingInt(a -> -distance(a, cues));
        Optional<ActorMention> inClause = candidates.stream().filter(a -> a.foldedStart() >= clauseStart).max(strongest);
        if (inClause.isPresent()) {
            return inClause.map(ActorMention::code);
        }
        return candidates.stream()
                .filter(a -> a.foldedStart() >= subjectEnd && strength(a) >= strength(ActorRole.GOVERNMENT))
                .max(strongest)
                .map(ActorMention::code);
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
