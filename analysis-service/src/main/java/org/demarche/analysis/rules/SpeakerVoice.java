package org.demarche.analysis.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.actor.ActorRole;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;

/**
 * The voice a text quotes most prominently: every official actor that is the subject of a statement, attribution,
 * condemnation or denial cue scores a point per sentence (two in the headline); the highest score wins, the earliest on a tie.
 * A denial scores for the one rejecting, as the rules read it; an accusation a denial word rejects in the same phrase
 * ("голословные обвинения Берлина", "英方的指责纯属捏造") does not score for its author; a headline opened by an actor and a
 * colon or quote mark ("外交部：…", "국정원 \"…\"") is that actor's.
 */
public final class SpeakerVoice {

    private static final List<TermKind> VOICE_CUES = List.of(TermKind.REPORTING, TermKind.REPORTED_ATTRIBUTION,
            TermKind.SAME_ASSESSMENT, TermKind.CONDEMNATION);
    private static final int HEADLINE_WEIGHT = 2;
    /** Cues that make a statement verb's sentence bear on attribution; see {@link #bearsOnTheMatter}. */
    private static final List<TermKind> MATTER = List.of(TermKind.ATTRIBUTION, TermKind.REPORTED_ATTRIBUTION,
            TermKind.SAME_ASSESSMENT, TermKind.CONDEMNATION, TermKind.DENIAL, TermKind.ACCUSER_DENIAL,
            TermKind.GROUP_ANAPHORA, TermKind.NEGATION, TermKind.HEDGE, TermKind.JOINT_STATEMENT, TermKind.MEASURE);
    /** A denial word at most this many Latin-letter widths from an accusation, letters only between, rejects it. */
    static final int REJECTED_PHRASE_REACH = 12;
    /** A denial verb at most this many Latin-letter widths before an accusation noun can reject it with its accuser between. */
    static final int REJECTED_ACCUSER_REACH = 48;
    /** Characters that, right after the actor opening a headline, make the rest of the headline its words. */
    private static final String HEADLINE_QUOTE = ":：\"“«「『";

    private SpeakerVoice() {
    }

    public static Optional<String> mostProminent(List<SentenceFacts> sentences, Voices voices, String text) {
        Optional<String> onTheMatter = mostProminent(sentences, voices, text, true);
        // "官房長官は…情報収集と対応に当たっていると説明し": in a text that names no group, an official who only comments
        // is still the voice; in one that names groups, someone must say something about them
        if (onTheMatter.isPresent() || sentences.stream().anyMatch(f -> !f.groups().isEmpty())) {
            return onTheMatter;
        }
        return mostProminent(sentences, voices, text, false);
    }

    private static Optional<String> mostProminent(List<SentenceFacts> sentences, Voices voices, String text,
            boolean matterOnly) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        StatementRules rules = new StatementRules(voices, null);
        for (SentenceFacts facts : sentences) {
            int weight = facts.sentence().index() == 0 ? HEADLINE_WEIGHT : 1;
            // one point per actor and sentence: three denial words in one sentence are still one quote
            Set<String> voiced = new LinkedHashSet<>();
            if (facts.sentence().index() == 0) {
                headlineQuoted(facts, text).ifPresent(voiced::add);
            }
            for (TermKind kind : VOICE_CUES) {
                if (kind == TermKind.REPORTING && matterOnly && !bearsOnTheMatter(facts)) {
                    continue;
                }
                for (Match<Term> cue : facts.cues(kind)) {
                    if (kind != TermKind.REPORTED_ATTRIBUTION || !rejectedInPhrase(facts, cue, voices, true)) {
                        collect(voiced, voices.subjectsBefore(facts, cue));
                    }
                }
            }
            facts.cues(TermKind.ACCORDING_TO).stream().filter(cue -> !rejectedInPhrase(facts, cue, voices, false))
                    .forEach(cue -> collect(voiced, voices.subjectsAfter(facts, cue)));
            // "Tschechien wirft China Cyberangriff … vor": an accusing verb with the accused inside speaks like "said"
            facts.cues(TermKind.ATTRIBUTION).stream().filter(cue -> rules.accusesInsideGap(facts, cue))
                    .forEach(cue -> collect(voiced, voices.subjectsBefore(facts, cue)));
            voiced.addAll(rules.deniersOf(facts));
            voiced.forEach(code -> scores.merge(code, weight, Integer::sum));
        }
        return scores.entrySet().stream()
                .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
                .map(Map.Entry::getKey);
    }

    /**
     * Whether what a sentence says is about the matter: it names a group or holds an attribution, accusation,
     * condemnation, denial, negation, hedge or a cyber word outside an actor's name. "Het NCSC zegt de bevindingen te bestuderen", "Das BSI erklärte, man kenne
     * den Bericht": an agency that only says it studies a vendor's report is not the voice of the text.
     */
    private static boolean bearsOnTheMatter(SentenceFacts facts) {
        if (!facts.groups().isEmpty()) {
            return true;
        }
        for (TermKind kind : MATTER) {
            if (facts.has(kind)) {
                return true;
            }
        }
        // "hackers working from servers in China"; not the "Cyber" of "Nationaal Cyber Security Centrum"
        for (Match<Term> cyber : facts.cues(TermKind.CYBER_CONTEXT)) {
            if (facts.actors().stream().noneMatch(a -> a.foldedStart() < cyber.foldedEnd()
                    && cyber.foldedStart() < a.foldedEnd())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The official actor opening the headline when a colon or quote mark follows it: "Песков: …", "外交部：…"; an agency
     * too ("ФСБ: …"), which elsewhere is only a sponsor.
     */
    private static Optional<String> headlineQuoted(SentenceFacts facts, String text) {
        for (ActorMention a : facts.actors()) {
            if (a.start() - facts.sentence().start() > CollectiveVoice.SENTENCE_OPENING) {
                break;
            }
            int after = a.end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            if (after - a.end() <= 1 && after < text.length() && HEADLINE_QUOTE.indexOf(text.charAt(after)) >= 0
                    && (a.role().canSpeak() || a.role() == ActorRole.AGENCY) && !a.location() && a.code() != null) {
                return Optional.of(a.code());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a denial word sits in the accusation's own phrase: right before it ("baseless accusations by", "отвергли
     * обвинения Праги") or, for an accusation verb or noun, right after it ("指责纯属捏造"). An "according to" before a
     * denial ("selon Pékin, ces accusations sont infondées") is the voice of that denial, so only a denial before counts.
     */
    private static boolean rejectedInPhrase(SentenceFacts facts, Match<Term> cue, Voices voices, boolean after) {
        for (Match<Term> denial : facts.cues(TermKind.DENIAL)) {
            boolean before = denial.foldedEnd() <= cue.foldedStart()
                    && voices.adjacent(denial.foldedEnd(), cue.foldedStart(), REJECTED_PHRASE_REACH);
            boolean following = after && denial.foldedStart() >= cue.foldedEnd()
                    && voices.adjacent(cue.foldedEnd(), denial.foldedStart(), REJECTED_PHRASE_REACH);
            if (before || following || after && rejectsAccuserBefore(facts, cue, denial, voices)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "中方驳斥澳大利亚等国有关APT40的指责": a denial verb before the accuser of an accusation noun rejects that accusation,
     * so the accuser does not speak for the text there.
     */
    private static boolean rejectsAccuserBefore(SentenceFacts facts, Match<Term> cue, Match<Term> denial, Voices voices) {
        if (denial.foldedEnd() > cue.foldedStart()
                || !voices.near(denial.foldedEnd(), cue.foldedStart(), REJECTED_ACCUSER_REACH)) {
            return false;
        }
        List<ActorMention> accusers = voices.subjectsBefore(facts, cue);
        return !accusers.isEmpty() && accusers.get(0).foldedStart() >= denial.foldedEnd();
    }

    private static void collect(Set<String> voiced, List<ActorMention> subjects) {
        // in text order, so that "the United States and the United Kingdom" tie in favour of the first named
        subjects.stream().sorted(java.util.Comparator.comparingInt(ActorMention::foldedStart))
                .map(ActorMention::code).filter(c -> c != null).forEach(voiced::add);
    }
}
