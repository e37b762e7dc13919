package org.demarche.analysis.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiPredicate;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.group.GroupHit;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.text.Sentence;

/** What one sentence holds: its actors, groups and cues, each in text order. */
public final class SentenceFacts {

    private final Sentence sentence;
    private final List<ActorMention> actors;
    private final List<GroupHit> groups;
    private final List<Match<Term>> terms;
    /** Bit {@code kind.ordinal()} is set when the sentence has a cue of that kind: the rules ask often, mostly "no". */
    private final long kinds;

    SentenceFacts(Sentence sentence, List<ActorMention> actors, List<GroupHit> groups, List<Match<Term>> terms) {
        this.sentence = sentence;
        this.actors = actors;
        this.groups = groups;
        this.terms = terms;
        long mask = 0;
        for (Match<Term> t : terms) {
            mask |= bit(t.payload().kind());
        }
        this.kinds = mask;
    }

    static {
        if (TermKind.values().length > Long.SIZE) {
            throw new ExceptionInInitializerError("TermKind has more kinds than a long has bits");
        }
    }

    private static long bit(TermKind kind) {
        return 1L << kind.ordinal();
    }

    public Sentence sentence() {
        return sentence;
    }

    public List<ActorMention> actors() {
        return actors;
    }

    public List<GroupHit> groups() {
        return groups;
    }

    public List<Match<Term>> terms() {
        return terms;
    }

    public static List<SentenceFacts> of(List<Sentence> sentences, List<ActorMention> actors, List<GroupHit> groups,
            List<Match<Term>> terms, java.util.function.ToIntFunction<Integer> sentenceOf) {
        List<List<ActorMention>> a = buckets(sentences.size());
        List<List<GroupHit>> g = buckets(sentences.size());
        List<List<Match<Term>>> t = buckets(sentences.size());
        actors.forEach(x -> a.get(x.sentence()).add(x));
        groups.forEach(x -> g.get(x.sentence()).add(x));
        for (Match<Term> m : terms) {
            int s = sentenceOf.applyAsInt(m.start());
            if (s >= 0) {
                t.get(s).add(m);
            }
        }
        List<SentenceFacts> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(new SentenceFacts(sentences.get(i), a.get(i), g.get(i),
                    withoutRejectedAccusations(withoutSoCalledAttributions(withoutNormedAttributions(t.get(i))))));
        }
        return out;
    }

    /** Attribution cues after a norm clause ("ne pas tolérer que … soient menées depuis") describe a duty, not a fact. */
    private static List<Match<Term>> withoutNormedAttributions(List<Match<Term>> terms) {
        int normEnd = Integer.MAX_VALUE;
        for (Match<Term> m : terms) {
            if (m.payload().kind() == TermKind.NORM_CLAUSE) {
                normEnd = Math.min(normEnd, m.foldedEnd());
            }
        }
        if (normEnd == Integer.MAX_VALUE) {
            return terms;
        }
        int from = normEnd;
        List<Match<Term>> kept = new ArrayList<>(terms.size());
        for (Match<Term> m : terms) {
            TermKind kind = m.payload().kind();
            boolean attribution = kind == TermKind.ATTRIBUTION || kind == TermKind.REPORTED_ATTRIBUTION;
            if (!attribution || m.foldedStart() < from) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** "美方所谓起诉", "the so-called indictment": an accusation named to be rejected is no attribution of its own. */
    private static List<Match<Term>> withoutSoCalledAttributions(List<Match<Term>> terms) {
        return withoutAttributionsMarkedBy(terms, TermKind.SO_CALLED, (so, m) -> {
            int gap = m.foldedStart() - so.foldedEnd();
            return gap >= 0 && gap <= 1;
        });
    }

    /**
     * "我们敦促美方停止对中国的无端指责": the accusation inside an accuser's-denial phrase is the one rejected, already told
     * where it was made; it is no new attribution.
     */
    private static List<Match<Term>> withoutRejectedAccusations(List<Match<Term>> terms) {
        return withoutAttributionsMarkedBy(terms, TermKind.ACCUSER_DENIAL,
                (rejection, m) -> m.foldedStart() >= rejection.foldedStart() && m.foldedEnd() <= rejection.foldedEnd());
    }

    /** The terms without the attribution cues that a marker of the given kind covers, as {@code covers} tells. */
    private static List<Match<Term>> withoutAttributionsMarkedBy(List<Match<Term>> terms, TermKind marker,
            BiPredicate<Match<Term>, Match<Term>> covers) {
        List<Match<Term>> kept = null;
        for (Match<Term> mark : terms) {
            if (mark.payload().kind() != marker) {
                continue;
            }
            for (Match<Term> m : terms) {
                TermKind kind = m.payload().kind();
                if ((kind == TermKind.ATTRIBUTION || kind == TermKind.REPORTED_ATTRIBUTION) && covers.test(mark, m)) {
                    if (kept == null) {
                        kept = new ArrayList<>(terms);
                    }
                    kept.remove(m);
                }
            }
        }
        return kept == null ? terms : kept;
    }

    /** Whether an actor of the sentence lies wholly within folded offsets {@code from..to}. */
    boolean actorWithin(int from, int to) {
        for (ActorMention a : actors) {
            if (a.foldedStart() >= from && a.foldedEnd() <= to) {
                return true;
            }
        }
        return false;
    }

    private static <T> List<List<T>> buckets(int n) {
        List<List<T>> b = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            b.add(new ArrayList<>());
        }
        return b;
    }

    /** The sentence's cues of one kind, in text order (unmodifiable); a plain loop, as it runs for every sentence. */
    public List<Match<Term>> cues(TermKind kind) {
        if (!has(kind)) {
            return List.of();
        }
        List<Match<Term>> out = null;
        for (Match<Term> t : terms) {
            if (t.payload().kind() == kind) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(t);
            }
        }
        return out == null ? List.of() : Collections.unmodifiableList(out);
    }

    public boolean has(TermKind kind) {
        return (kinds & bit(kind)) != 0;
    }

    /** Distinct groups of the sentence (one per gazetteer group), in order of first mention. */
    public List<GroupHit> distinctGroups() {
        if (groups.size() <= 1) {
            return new ArrayList<>(groups);
        }
        List<GroupHit> out = new ArrayList<>();
        for (GroupHit g : groups) {
            if (!containsKey(out, g.key())) {
                out.add(g);
            }
        }
        return out;
    }

    private static boolean containsKey(List<GroupHit> hits, String key) {
        for (GroupHit h : hits) {
            if (h.key().equals(key)) {
                return true;
            }
        }
        return false;
    }
}
