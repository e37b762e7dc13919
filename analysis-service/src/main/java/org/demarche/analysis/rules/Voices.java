package org.demarche.analysis.rules;

import java.util.ArrayList;
import java.util.List;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.actor.ActorRecognizer;
import org.demarche.analysis.actor.ActorRole;
import org.demarche.analysis.actor.ScriptReach;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.text.NormalizedText;

/**
 * Who speaks in a clause: the actors right before a verb cue ("the United Kingdom and Canada have concluded"), or right
 * after an "according to" cue. A non-state subject ("researchers", "Microsoft") between them and the cue means
 * nobody official speaks.
 */
public final class Voices {

    /** An "according to" cue reaches the first actor at most this many folded chars after it. */
    static final int ACCORDING_REACH = 60;
    /**
     * A non-state word ("Microsoft", "researchers") takes the voice from the actor before it only as the subject of the
     * verb: at most this many Latin-letter widths ({@link ScriptReach}) before the cue. Farther away it is what the
     * clause is about ("英国、欧盟就微软Exchange服务器遭攻击事件发表声明").
     */
    static final int NON_STATE_SUBJECT_REACH = 24;
    /** At most this many folded chars (", ", " heeft ", " hat ") between a subject and its partner phrase. */
    static final int PARTNER_GAP = 12;
    /** An actor at most this many folded chars after an attribution cue (" der ", " the ") is what the cue names. */
    static final int SPONSOR_AFTER_CUE = 6;

    private final NormalizedText text;

    public Voices(NormalizedText text) {
        this.text = text;
    }

    /** The subject actors of a cue (a list of coordinated actors counts as one subject), nearest first. */
    public List<ActorMention> subjectsBefore(SentenceFacts facts, Match<Term> cue) {
        ActorMention inverted = subjectAfterFrontedVerb(facts, cue);
        if (inverted != null) {
            return extendList(facts, inverted, +1);
        }
        ActorMention nearest = null;
        List<Match<Term>> attributionCues = facts.cues(TermKind.ATTRIBUTION);
        List<ActorMention> actors = facts.actors();
        for (int i = 0; i < actors.size(); i++) {
            ActorMention a = actors.get(i);
            if (a.foldedEnd() <= cue.foldedStart() && a.role().canSpeak() && !a.location()
                    && !heldResponsible(a, attributionCues) && !namesAgency(a, i + 1 < actors.size() ? actors.get(i + 1) : null)) {
                nearest = a;
            }
        }
        if (nearest == null) {
            nearest = publishingAgency(facts, cue, attributionCues);
        }
        if (nearest == null || nonStateSubjectBetween(facts, nearest.foldedEnd(), cue.foldedStart())) {
            return List.of();
        }
        // "中方否认": an actor glued to the cue is its subject, whatever came before
        ActorMention topic = cue.foldedStart() - nearest.foldedEnd() > 1 ? topicBefore(facts, nearest) : null;
        return extendList(facts, topic != null ? topic : nearest, -1);
    }

    /**
     * "Zwei Jahre nach dem Angriff Russlands auf die Ukraine verurteilt die Schweiz …", "Am Freitag verurteilte die
     * Bundesregierung …": in a sentence opened by a fronted phrase ({@code frontedOpeners}), the verb comes second and
     * its subject right after it (an article at most between); the states inside the fronted phrase are not its voice.
     * Null when the sentence opens otherwise or no speaking actor follows the verb at once.
     */
    private ActorMention subjectAfterFrontedVerb(SentenceFacts facts, Match<Term> cue) {
        if (cue.payload().gapped() || facts.cues(TermKind.FRONTED_OPENER).stream()
                .noneMatch(o -> o.start() - facts.sentence().start() <= 1 && o.foldedEnd() <= cue.foldedStart())) {
            return null;
        }
        String folded = text.folded();
        for (ActorMention a : facts.actors()) {
            if (a.foldedStart() < cue.foldedEnd()) {
                continue;
            }
            String gap = folded.substring(cue.foldedEnd(), a.foldedStart()).trim();
            boolean article = gap.isEmpty() || gap.length() <= 3 && gap.chars().allMatch(Character::isLetter);
            return article && a.role().canSpeak() && !a.location() ? a : null;
        }
        return null;
    }

    /**
     * "Bereits im Frühjahr hatte Estland … derselben Gruppe zugeschrieben": with the verb second, the subject of a gapped
     * statement cue opened by an auxiliary is the actor right after that auxiliary, inside the gap.
     */
    public List<ActorMention> subjectAfterAuxiliary(SentenceFacts facts, Match<Term> cue) {
        if (!cue.payload().gapped()) {
            return List.of();
        }
        String folded = text.folded();
        int firstWordEnd = cue.foldedStart();
        while (firstWordEnd < cue.foldedEnd() && Character.isLetter(folded.charAt(firstWordEnd))) {
            firstWordEnd++;
        }
        for (ActorMention a : facts.actors()) {
            if (a.foldedStart() >= firstWordEnd && a.foldedStart() - firstWordEnd <= 1 && a.foldedEnd() < cue.foldedEnd()
                    && a.role().canSpeak() && !a.location()) {
                return extendList(facts, a, +1);
            }
        }
        // "Nach monatelangen Ermittlungen ordnet die Bundesregierung den Angriff … zu": after a fronted phrase an
        // article may stand between the verb and its subject
        boolean fronted = facts.cues(TermKind.FRONTED_OPENER).stream()
                .anyMatch(o -> o.start() - facts.sentence().start() <= 1 && o.foldedEnd() <= cue.foldedStart());
        if (fronted) {
            for (ActorMention a : facts.actors()) {
                if (a.foldedStart() >= firstWordEnd && a.foldedEnd() < cue.foldedEnd()) {
                    String gap = folded.substring(firstWordEnd, a.foldedStart()).trim();
                    boolean article = gap.length() <= 3 && gap.chars().allMatch(Character::isLetter);
                    return article && a.role().canSpeak() && !a.location() ? extendList(facts, a, +1) : List.of();
                }
            }
        }
        return List.of();
    }

    /**
     * "중국 외교부는 16일 미국 정부가 제기한 … 의혹에 대해 … 반박했다", "日本政府は、…": a subject glued to a statement cue (a
     * topic particle the lexicon lists as one, "는 16일", "は、") before the nearest actor governs the sentence; the nearest
     * one sits inside a clause that describes what the topic answers.
     */
    private static ActorMention topicBefore(SentenceFacts facts, ActorMention nearest) {
        if (!facts.has(TermKind.REPORTING)) {
            return null;
        }
        ActorMention topic = null;
        for (Match<Term> t : facts.terms()) {
            if (t.payload().kind() != TermKind.REPORTING || t.foldedEnd() > nearest.foldedStart()) {
                continue;
            }
            for (ActorMention a : facts.actors()) {
                if (a.foldedEnd() == t.foldedStart() && a != nearest && a.role().canSpeak() && !a.location()
                        && a.code() != null && !a.code().equals(nearest.code())) {
                    topic = a;
                }
            }
        }
        return topic;
    }

    /**
     * "美国国家安全局等机构日前发布报告": with no other actor before it, an agency close before a statement verb publishes
     * or says something; one after an attribution cue ("attacks by the GRU, officials said") is what is attributed.
     */
    private ActorMention publishingAgency(SentenceFacts facts, Match<Term> cue, List<Match<Term>> attributionCues) {
        if (cue.payload().kind() != TermKind.REPORTING) {
            return null;
        }
        ActorMention agency = null;
        for (ActorMention a : facts.actors()) {
            if (a.foldedEnd() <= cue.foldedStart() && a.role() == ActorRole.AGENCY && a.code() != null) {
                agency = a;
            }
        }
        if (agency == null || !ScriptReach.within(text.folded(), agency.foldedEnd(), cue.foldedStart(),
                NON_STATE_SUBJECT_REACH) || !lettersOnly(agency.foldedEnd(), cue.foldedStart())) {
            // "…, die dem FSB unterstehe, teilte das Außenministerium mit": a comma closes the agency's clause
            return null;
        }
        for (Match<Term> c : attributionCues) {
            if (c.foldedStart() < agency.foldedStart()) {
                return null;
            }
        }
        return agency;
    }

    /** "イラン情報省によるサイバー攻撃を非難": a state glued to its own agency only says whose agency it is. */
    private static boolean namesAgency(ActorMention a, ActorMention next) {
        return next != null && next.role() == ActorRole.AGENCY && a.role() != ActorRole.AGENCY
                && a.code() != null && a.code().equals(next.code()) && attached(a, next);
    }

    /**
     * "Die Angreifer sollen im Auftrag der chinesischen Regierung gehandelt haben, teilte … mit": the actor right after
     * an attribution cue ("on behalf of", "im Auftrag der") is the one held responsible, not the voice of a later verb.
     */
    private boolean heldResponsible(ActorMention a, List<Match<Term>> attributionCues) {
        for (Match<Term> c : attributionCues) {
            int gap = a.foldedStart() - c.foldedEnd();
            if (gap >= 0 && gap <= SPONSOR_AFTER_CUE && lettersOnly(c.foldedEnd(), a.foldedStart())) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code from..to} spans at most {@code reach} Latin-letter widths. */
    boolean near(int from, int to, int reach) {
        return from <= to && ScriptReach.within(text.folded(), from, to, reach);
    }

    /** Whether {@code from..to} holds only letters and spaces and spans at most {@code reach} Latin-letter widths. */
    boolean adjacent(int from, int to, int reach) {
        return from <= to && ScriptReach.within(text.folded(), from, to, reach) && lettersOnly(from, to);
    }

    /** "… est à l'origine, le Japon condamne": a comma ends the phrase the cue opened. */
    boolean lettersOnly(int from, int to) {
        String folded = text.folded();
        for (int i = from; i < to; i++) {
            char c = folded.charAt(i);
            if (c != ' ' && !Character.isLetter(c)) {
                return false;
            }
        }
        return true;
    }

    public List<ActorMention> subjectsAfter(SentenceFacts facts, Match<Term> cue) {
        if (researchersSpeak(facts, cue)) {
            return List.of();
        }
        for (ActorMention a : facts.actors()) {
            if (a.foldedStart() >= cue.foldedEnd() && a.foldedStart() - cue.foldedEnd() <= ACCORDING_REACH
                    && a.role().canSpeak() && !a.location()) {
                return extendList(facts, a, +1);
            }
        }
        return List.of();
    }

    /**
     * "«Gli Stati Uniti sono il più grande impero di hacker», ha detto … il portavoce del ministero degli Esteri cinese",
     * "« … », a fait savoir le porte-parole de la diplomatie chinoise": a statement verb right after a closing quote that
     * opened in the same sentence has its subject after it (at most {@link #ACCORDING_REACH} widths on), which may be
     * no actor at all ("…", dijo un portavoz); the actors inside the quote are what is said. Empty when the verb
     * follows no such quote.
     */
    public java.util.Optional<List<ActorMention>> subjectsAfterQuote(SentenceFacts facts, Match<Term> cue) {
        String folded = text.folded();
        int i = cue.foldedStart() - 1;
        while (i >= 0 && (folded.charAt(i) == ' ' || folded.charAt(i) == ',')) {
            i--;
        }
        if (i < 0 || "\"»”“'".indexOf(folded.charAt(i)) < 0) {
            return java.util.Optional.empty();
        }
        // the quote opens in this sentence: the verb after a quote of several sentences speaks only for its last one
        String before = text.original().substring(Math.max(0, facts.sentence().start()),
                Math.max(facts.sentence().start(), cue.start()));
        boolean opens = before.indexOf('«') >= 0 || before.indexOf('“') >= 0 || before.indexOf('„') >= 0
                || before.chars().filter(c -> c == '"').count() >= 2;
        return opens ? java.util.Optional.of(subjectsAfter(facts, cue)) : java.util.Optional.empty();
    }

    /**
     * "Según los investigadores, el grupo estaría vinculado a Corea del Norte", "Volgens de onderzoekers": a non-state
     * subject right after an "according to" cue is its voice, and no state named later in the clause speaks.
     */
    private boolean researchersSpeak(SentenceFacts facts, Match<Term> cue) {
        for (Match<Term> t : facts.cues(TermKind.NON_STATE_SUBJECT)) {
            if (near(cue.foldedEnd(), t.foldedStart(), NON_STATE_SUBJECT_REACH)
                    && !facts.actorWithin(cue.foldedEnd(), t.foldedStart())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Deutschland hat gemeinsam mit Tschechien und Polen … zugeordnet": the partners of a speaking subject speak with
     * it. Returns the codes of the partner lists whose subject is one of {@code voices}.
     */
    public java.util.Set<String> partnersOf(SentenceFacts facts, java.util.Set<String> voices) {
        java.util.Set<String> partners = new java.util.LinkedHashSet<>();
        for (Match<Term> p : facts.cues(TermKind.PARTNER_PREFIX)) {
            boolean spoken = facts.actors().stream().anyMatch(a -> a.foldedEnd() <= p.foldedStart()
                    && p.foldedStart() - a.foldedEnd() <= PARTNER_GAP && voices.contains(a.code()));
            if (!spoken) {
                continue;
            }
            facts.actors().stream()
                    .filter(a -> a.foldedStart() >= p.foldedEnd()
                            && a.foldedStart() - p.foldedEnd() <= ActorRecognizer.PARTNER_REACH
                            && a.role().canSpeak() && !a.location())
                    .findFirst()
                    .ifPresent(first -> extendList(facts, first, +1).stream()
                            .filter(a -> a.role().canSpeak() && a.code() != null)
                            .forEach(a -> partners.add(a.code())));
        }
        return partners;
    }

    /** {@code first} and the actors listed after it ("Вашингтона и Лондона"). */
    List<ActorMention> listFrom(SentenceFacts facts, ActorMention first) {
        return extendList(facts, first, +1);
    }

    private List<ActorMention> extendList(SentenceFacts facts, ActorMention anchor, int direction) {
        List<ActorMention> list = new ArrayList<>();
        list.add(anchor);
        List<ActorMention> actors = facts.actors();
        List<Match<Term>> conjunctions = facts.cues(TermKind.CONJUNCTION);
        int i = actors.indexOf(anchor);
        ActorMention current = anchor;
        for (int j = i + direction; j >= 0 && j < actors.size(); j += direction) {
            ActorMention next = actors.get(j);
            boolean linked = (direction < 0 ? ActorRecognizer.inList(text, next, current, conjunctions)
                    : ActorRecognizer.inList(text, current, next, conjunctions))
                    && !statementVerbBetween(facts, direction < 0 ? next : current, direction < 0 ? current : next);
            if (!linked) {
                linked = direction < 0 ? partnerOf(facts, next, current) : partnerOf(facts, current, next);
            }
            if (!linked) {
                // "El FBI y la Agencia Nacional de Policía de Japón": a body and its owner are one item of the list
                linked = direction < 0 ? ActorRecognizer.ownedBy(text, next, current)
                        : ActorRecognizer.ownedBy(text, current, next);
            }
            // "contre l'Ukraine, l'Union européenne … condamnent": a place before the subject is not in its list
            if (!linked || next.location() && !anchor.location()) {
                break;
            }
            // an agency attached to a body ("中외교부") names the body's state; one further away in the list ("officers
            // of GRU Unit 74455, which American prosecutors say") is what the clause is about, never one of its voices
            if (next.role().canSpeak() || next.role() == ActorRole.AGENCY && attached(current, next)) {
                list.add(next);
            }
            current = next;
        }
        return list;
    }

    /** "外交部发言人11日表示，澳大利亚政府声称": a statement verb in the gap ends one clause; the next actor opens another. */
    private static boolean statementVerbBetween(SentenceFacts facts, ActorMention first, ActorMention second) {
        for (Match<Term> t : facts.cues(TermKind.REPORTING)) {
            if (t.foldedStart() >= first.foldedEnd() && t.foldedEnd() <= second.foldedStart()) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(ActorMention a, ActorMention b) {
        int gap = a.foldedStart() < b.foldedStart() ? b.foldedStart() - a.foldedEnd() : a.foldedStart() - b.foldedEnd();
        return gap >= 0 && gap <= 1;
    }

    /** "Estonia, together with Latvia and Lithuania, accused ...": the subject and its partners speak as one. */
    private static boolean partnerOf(SentenceFacts facts, ActorMention subject, ActorMention partner) {
        if (partner.foldedStart() < subject.foldedEnd()) {
            return false;
        }
        return facts.cues(TermKind.PARTNER_PREFIX).stream()
                .anyMatch(p -> p.foldedStart() >= subject.foldedEnd() && p.foldedEnd() <= partner.foldedStart()
                        && p.foldedStart() - subject.foldedEnd() <= PARTNER_GAP
                        && partner.foldedStart() - p.foldedEnd() <= ActorRecognizer.PARTNER_REACH);
    }

    private boolean nonStateSubjectBetween(SentenceFacts facts, int from, int to) {
        for (Match<Term> t : facts.terms()) {
            // "中国外交部報道官": a word glued to the actor ("報道" in 報道官, spokesperson) is part of its title
            if (t.payload().kind() == TermKind.NON_STATE_SUBJECT && t.foldedStart() > from && t.foldedEnd() <= to
                    && ScriptReach.within(text.folded(), t.foldedEnd(), to, NON_STATE_SUBJECT_REACH)) {
                return true;
            }
        }
        return false;
    }
}
