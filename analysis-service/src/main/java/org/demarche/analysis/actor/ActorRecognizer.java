package org.demarche.analysis.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.demarche.analysis.group.GazetteerName;
import org.demarche.analysis.group.GroupHit;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.SentenceIndex;

/**
 * Turns lexicon terms and gazetteer agencies into actor mentions: the longest of overlapping names wins, names inside
 * a group name are dropped, a demonym or state name next to a government noun becomes a government mention, and a
 * mention right after a place preposition (or in a list that starts with one) is marked as a location.
 */
public final class ActorRecognizer {

    /** A government noun this close (folded chars, same sentence) turns "Chinese" into "the Chinese government". */
    static final int GOVERNMENT_NOUN_REACH = 25;
    /** Two mentions separated by at most this many letters ("and", "et", "and the") form a list. */
    static final int LIST_GAP_LETTERS = 6;

    private static final Map<TermKind, ActorRole> ROLES = Map.of(
            TermKind.STATE, ActorRole.STATE,
            TermKind.DEMONYM, ActorRole.DEMONYM,
            TermKind.CAPITAL, ActorRole.CAPITAL,
            TermKind.BODY, ActorRole.BODY,
            TermKind.IGO, ActorRole.IGO,
            TermKind.AGENCY, ActorRole.AGENCY,
            TermKind.SPEAKER_PRONOUN, ActorRole.SPEAKER);

    public List<ActorMention> recognize(NormalizedText text, SentenceIndex sentences, List<Match<Term>> terms,
            List<Match<GazetteerName.AgencyName>> agencies, List<GroupHit> groups) {
        List<Match<ActorMention>> candidates = new ArrayList<>();
        List<Match<Term>> governmentNouns = new ArrayList<>();
        List<Match<Term>> locationPrefixes = new ArrayList<>();
        for (Match<Term> t : terms) {
            TermKind kind = t.payload().kind();
            ActorRole role = ROLES.get(kind);
            if (role != null) {
                candidates.add(new Match<>(mention(t.payload().value(), role, t, sentences), t.foldedStart(),
                        t.foldedEnd(), t.start(), t.end()));
            } else if (kind == TermKind.BODY_NOUN) {
                governmentNouns.add(t);
            } else if (kind == TermKind.LOCATION_PREFIX) {
                locationPrefixes.add(t);
            }
        }
        for (Match<GazetteerName.AgencyName> a : agencies) {
            candidates.add(new Match<>(mention(a.payload().state(), ActorRole.AGENCY, a, sentences), a.foldedStart(),
                    a.foldedEnd(), a.start(), a.end()));
        }
        candidates.removeIf(c -> groups.stream().anyMatch(g -> g.start() < c.end() && c.start() < g.end()));
        candidates.sort(Comparator.comparingInt((Match<ActorMention> m) -> -m.length()).thenComparingInt(Match::start));
        List<Match<ActorMention>> kept = new ArrayList<>();
        for (Match<ActorMention> c : candidates) {
            if (kept.stream().noneMatch(k -> k.overlaps(c))) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        List<ActorMention> out = new ArrayList<>(kept.size());
        ActorMention previous = null;
        for (Match<ActorMention> m : kept) {
            ActorMention a = m.payload();
            ActorRole role = a.role();
            if ((role == ActorRole.DEMONYM || role == ActorRole.STATE) && near(a, governmentNouns, sentences)) {
                role = ActorRole.GOVERNMENT;
            }
            // an intelligence agency is what a text holds responsible, not a place ("impute au renseignement russe")
            boolean location = role != ActorRole.AGENCY && (afterPrefix(text, a, locationPrefixes)
                    || previous != null && previous.location() && inList(text, previous, a));
            ActorMention resolved = new ActorMention(a.code(), role, a.start(), a.end(), a.foldedStart(),
                    a.foldedEnd(), a.sentence(), location);
            out.add(resolved);
            previous = resolved;
        }
        return out;
    }

    private static ActorMention mention(String code, ActorRole role, Match<?> m, SentenceIndex sentences) {
        return new ActorMention(code, role, m.start(), m.end(), m.foldedStart(), m.foldedEnd(),
                Math.max(0, sentences.sentenceAt(m.start())), false);
    }

    private static boolean near(ActorMention a, List<Match<Term>> nouns, SentenceIndex sentences) {
        for (Match<Term> n : nouns) {
            int gap = n.foldedStart() >= a.foldedEnd() ? n.foldedStart() - a.foldedEnd() : a.foldedStart() - n.foldedEnd();
            if (gap >= 0 && gap <= GOVERNMENT_NOUN_REACH && Math.max(0, sentences.sentenceAt(n.start())) == a.sentence()) {
                return true;
            }
        }
        return false;
    }

    private static boolean afterPrefix(NormalizedText text, ActorMention a, List<Match<Term>> prefixes) {
        for (Match<Term> p : prefixes) {
            int gap = a.foldedStart() - p.foldedEnd();
            if (gap == 0 || gap == 1 && text.charAt(p.foldedEnd()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether only list punctuation and a short conjunction separate two mentions. */
    public static boolean inList(NormalizedText text, ActorMention first, ActorMention second) {
        if (second.foldedStart() < first.foldedEnd() || first.sentence() != second.sentence()) {
            return false;
        }
        String gap = text.folded().substring(first.foldedEnd(), second.foldedStart());
        int letters = 0;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            } else if (c != ' ' && c != ',' && c != '、' && c != '，' && c != '\'' && c != '(' && c != ')') {
                return false;
            }
        }
        return letters <= LIST_GAP_LETTERS;
    }
}
