package org.demarche.analysis.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;

/**
 * The state held responsible in an attribution clause: a state mention after the speaking subject's verb, not a
 * place or victim ("in the UK", "aux États-Unis"), not the attributor; agencies and government references beat
 * capitals, names and bare adjectives; among equals the one nearest an attribution cue wins.
 */
final class SponsorChooser {

    private SponsorChooser() {
    }

    static Optional<String> choose(SentenceFacts facts, Set<String> attributors, int clauseStart) {
        List<Match<Term>> cues = facts.terms().stream()
                .filter(t -> t.payload().kind() == TermKind.ATTRIBUTION || t.payload().kind() == TermKind.REPORTED_ATTRIBUTION)
                .toList();
        return facts.actors().stream()
                .filter(a -> a.role().isState() && !a.location() && a.code() != null)
                .filter(a -> !attributors.contains(a.code()) && a.foldedStart() >= clauseStart)
                .max(Comparator.comparingInt((ActorMention a) -> a.role().ordinal())
                        .thenComparingInt(a -> -distance(a, cues)))
                .map(ActorMention::code);
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
