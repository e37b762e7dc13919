package org.demarche.analysis.actor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * mention right after a place preposition (or in a list that starts with one) is marked as a location, unless a partner
 * phrase ("together with", "aux côtés de", "samen met") opens the list: partners speak, places do not.
 */
public final class ActorRecognizer {

    /**
     * A government noun this close (Latin-letter widths, see {@link ScriptReach}; same sentence) turns "Chinese" into
     * "the Chinese government".
     */
    static final int GOVERNMENT_NOUN_REACH = 25;
    /** Two mentions separated by at most this many letters ("and", "et", "and the") form a list. */
    static final int LIST_GAP_LETTERS = 6;
    /** A partner phrase reaches the first state of its list at most this many folded chars later ("samen met partners uit de"). */
    public static final int PARTNER_REACH = 30;
    /**
     * "contre le ministère italien des Affaires étrangères", "contra los sistemas del Ministerio de Defensa de Ucrania":
     * the first state of the phrase after a victim prefix is a victim at most this many Latin-letter widths later.
     */
    static final int VICTIM_REACH = 45;
    /** "ドイツ連邦議会に対する攻撃", "독일 연방의회에 대한 공격": the victim ends at most this many widths before the suffix. */
    static final int VICTIM_SUFFIX_REACH = 15;
    /** At most this many letters of an inflection ending follow a stem match ("-e", "-en", "-es"). */
    static final int MAX_INFLECTION = 3;

    /** Folded words that join a body to the state owning it ("… de Japón", "… of Japan", "… van Japan"). */
    private static final Set<String> GENITIVE_LINKS = Set.of(" de ", " del ", " of ", " of the ",
            " di ", " della ", " dello ", " du ", " de la ", " des ", " van ");

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
        List<Match<Term>> victimMarkers = new ArrayList<>();
        List<Match<Term>> clauseCues = new ArrayList<>();
        List<Match<Term>> partnerPrefixes = new ArrayList<>();
        List<Match<Term>> conjunctions = new ArrayList<>();
        List<Match<Term>> possessives = new ArrayList<>();
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
            } else if (kind == TermKind.VICTIM_PREFIX || kind == TermKind.VICTIM_SUFFIX) {
                victimMarkers.add(t);
            } else if (kind == TermKind.PARTNER_PREFIX) {
                partnerPrefixes.add(t);
            } else if (kind == TermKind.CONJUNCTION) {
                conjunctions.add(t);
            } else if (kind == TermKind.POSSESSIVE_BODY || kind == TermKind.PAIR_ANAPHORA
                    || kind == TermKind.AGENCY_ANAPHORA) {
                possessives.add(t);
            } else if (kind.isCue()) {
                clauseCues.add(t);
            }
        }
        for (Match<GazetteerName.AgencyName> a : agencies) {
            candidates.add(new Match<>(mention(a.payload().state(), ActorRole.AGENCY, a, sentences), a.foldedStart(),
                    a.foldedEnd(), a.start(), a.end()));
        }
        candidates.removeIf(c -> overlapsGroup(c, groups));
        if (!locationPrefixes.isEmpty()) {
            // "インド太平洋地域", "인도태평양": a region named after a state is listed as a place phrase and holds no state
            candidates.removeIf(c -> c.insideALongerOne(locationPrefixes));
        }
        candidates.sort(Comparator.comparingInt((Match<ActorMention> m) -> -m.length()).thenComparingInt(Match::start));
        List<Match<ActorMention>> kept = new ArrayList<>();
        for (Match<ActorMention> c : candidates) {
            if (!c.overlapsAny(kept)) {
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt(Match::start));
        adoptAdjacentDemonyms(text, kept);
        adoptParentheticalAcronyms(text, kept);
        List<ActorMention> out = new ArrayList<>(kept.size());
        ActorMention previous = null;
        boolean previousPartner = false;
        // mentions that are places only as comma-linked items of a place list, and whether they are conjoined
        List<Integer> commaPlaces = new ArrayList<>();
        List<Boolean> conjoinedWithPrevious = new ArrayList<>();
        Victims victims = victimMarkers.isEmpty() ? null : new Victims(text, sentences, victimMarkers, clauseCues, kept);
        for (Match<ActorMention> m : kept) {
            ActorMention a = m.payload();
            ActorRole role = a.role();
            if ((role == ActorRole.DEMONYM || role == ActorRole.STATE) && near(text, a, governmentNouns, sentences)
                    || possessiveOfOfficial(text, a, governmentNouns, sentences)) {
                role = ActorRole.GOVERNMENT;
            } else if (nominativeBeforeReport(text, a, clauseCues)) {
                role = ActorRole.STATE;
            }
            boolean listed = previous != null && inList(text, previous, a, conjunctions);
            boolean partner = afterPartnerPrefix(a, partnerPrefixes, sentences) || listed && previousPartner;
            // an intelligence agency is what a text holds responsible, not a place ("impute au renseignement russe")
            boolean prefixPlace = afterPrefix(text, a, locationPrefixes) && !(capitalSpeaking(text, a, clauseCues)
                    && (previous == null || previous.sentence() != a.sentence()));
            boolean victim = victims != null && victims.isVictim(m);
            // "일본을 방문한": ko.json files a state with its particle among agencies, a place all the same
            boolean ownPlace = role != ActorRole.AGENCY && (prefixPlace || victim) || hangul(text, a) && victim;
            boolean location = !partner && (ownPlace || role != ActorRole.AGENCY && listed && previous.location());
            boolean conjoined = listed && conjoined(text, previous, a, conjunctions);
            if (location && !ownPlace && !conjoined && wordSpacedGap(text, previous, a)) {
                commaPlaces.add(out.size());
            }
            conjoinedWithPrevious.add(conjoined);
            ActorMention resolved = new ActorMention(a.code(), role, a.start(), a.end(), a.foldedStart(),
                    a.foldedEnd(), a.sentence(), location);
            out.add(resolved);
            previous = resolved;
            previousPartner = partner;
        }
        // "contre l'Ukraine, l'Union européenne et ses États membres condamnent": a place list goes on past a comma
        // only when a conjunction closes it ("in the UK, Canada and the US"); else the item after the comma opens
        // the main clause
        for (int i : commaPlaces) {
            boolean closed = false;
            for (int j = i + 1; j < out.size() && out.get(j).location(); j++) {
                if (conjoinedWithPrevious.get(j)) {
                    closed = true;
                    break;
                }
            }
            if (!closed) {
                ActorMention a = out.get(i);
                out.set(i, new ActorMention(a.code(), a.role(), a.start(), a.end(), a.foldedStart(), a.foldedEnd(),
                        a.sentence(), false));
            }
        }
        // possessive bodies and pair phrases ("both Allies") both stand for states named before them
        return possessives.isEmpty() ? out : withPossessiveBodies(text, out, possessives, sentences, conjunctions);
    }

    /**
     * "The United States … Its agencies recently claimed", "la Russie et ses services": a possessive government noun
     * is a government mention of the state named last before it in its sentence, or first in the sentence before.
     */
    private static List<ActorMention> withPossessiveBodies(NormalizedText text, List<ActorMention> mentions,
            List<Match<Term>> possessives, SentenceIndex sentences, List<Match<Term>> conjunctions) {
        List<ActorMention> out = new ArrayList<>(mentions);
        for (Match<Term> p : possessives) {
            int sentence = Math.max(0, sentences.sentenceAt(p.start()));
            if (p.payload().kind() == TermKind.PAIR_ANAPHORA) {
                out.addAll(pair(text, mentions, p, sentence, conjunctions));
                continue;
            }
            if (p.payload().kind() == TermKind.AGENCY_ANAPHORA) {
                // "Polen maakte bekend dat dezelfde dienst achter aanvallen … zat": the agency named last before it
                ActorMention agency = null;
                for (ActorMention a : mentions) {
                    if (a.foldedEnd() <= p.foldedStart() && a.role() == ActorRole.AGENCY && a.code() != null) {
                        agency = a;
                    }
                }
                if (agency != null && !named(mentions, p)) {
                    out.add(new ActorMention(agency.code(), ActorRole.AGENCY, p.start(), p.end(), p.foldedStart(),
                            p.foldedEnd(), sentence, false));
                }
                continue;
            }
            // the nearest state in the same sentence ("la Russie et ses services"), else the first of the sentence
            // before, its likely subject ("The United States keeps accusing China … Its agencies claimed")
            ActorMention antecedent = null;
            ActorMention previousSubject = null;
            for (ActorMention a : mentions) {
                if (a.foldedEnd() > p.foldedStart() || !a.role().isState() || a.location() || a.code() == null) {
                    continue;
                }
                if (a.sentence() == sentence) {
                    antecedent = a;
                } else if (a.sentence() == sentence - 1 && previousSubject == null) {
                    previousSubject = a;
                }
            }
            antecedent = antecedent != null ? antecedent : previousSubject;
            boolean covered = named(mentions, p);
            if (antecedent != null && !covered) {
                out.add(new ActorMention(antecedent.code(), ActorRole.GOVERNMENT, p.start(), p.end(), p.foldedStart(),
                        p.foldedEnd(), sentence, false));
            }
        }
        out.sort(Comparator.comparingInt(ActorMention::start));
        return out;
    }

    /** Whether a mention already covers part of the phrase, which then stands for no one more. */
    private static boolean named(List<ActorMention> mentions, Match<Term> p) {
        for (ActorMention a : mentions) {
            if (a.start() < p.end() && p.start() < a.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlapsGroup(Match<ActorMention> c, List<GroupHit> groups) {
        for (GroupHit g : groups) {
            if (g.start() < c.end() && c.start() < g.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "We stand with Germany and Czechia. This week both Allies named APT28 …": a pair phrase stands for the last two
     * states joined by a conjunction before it in its sentence or the one before ("英国及び米国は…両国の"), as two mentions side
     * by side (a list of two) over its span; places count, the pair is whoever was named.
     */
    private static List<ActorMention> pair(NormalizedText text, List<ActorMention> mentions, Match<Term> p,
            int sentence, List<Match<Term>> conjunctions) {
        if (named(mentions, p)) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        for (int i = mentions.size() - 1; i > 0 && codes.isEmpty(); i--) {
            ActorMention second = mentions.get(i);
            ActorMention first = mentions.get(i - 1);
            boolean before = second.foldedEnd() <= p.foldedStart()
                    && (first.sentence() == sentence || first.sentence() == sentence - 1);
            if (before && stateNamed(first) && stateNamed(second) && !first.code().equals(second.code())
                    && inList(text, first, second, conjunctions) && conjunctions.stream()
                            .anyMatch(c -> c.foldedStart() >= first.foldedEnd() && c.foldedEnd() <= second.foldedStart())) {
                codes.add(first.code());
                codes.add(second.code());
            }
        }
        if (codes.isEmpty()) {
            return List.of();
        }
        int mid = p.start() + (p.end() - p.start()) / 2;
        int foldedMid = p.foldedStart() + (p.foldedEnd() - p.foldedStart()) / 2;
        return List.of(
                new ActorMention(codes.get(0), ActorRole.STATE, p.start(), mid, p.foldedStart(), foldedMid, sentence, false),
                new ActorMention(codes.get(1), ActorRole.STATE, mid, p.end(), foldedMid, p.foldedEnd(), sentence, false));
    }

    /**
     * "der niederländische Militärgeheimdienst", "el servicio de inteligencia militar neerlandés": an agency noun that a
     * lexicon files under the state usually meant belongs to the state of the demonym right next to it.
     */
    private static void adoptAdjacentDemonyms(NormalizedText text, List<Match<ActorMention>> kept) {
        for (int i = 0; i < kept.size(); i++) {
            ActorMention agency = kept.get(i).payload();
            // "ministero degli Esteri ceco": a ministry listed under the language's own state belongs to the demonym
            if (agency.role() != ActorRole.AGENCY && agency.role() != ActorRole.BODY) {
                continue;
            }
            ActorMention before = i > 0 ? kept.get(i - 1).payload() : null;
            ActorMention after = i + 1 < kept.size() ? kept.get(i + 1).payload() : null;
            if (hangulOwner(text, before, agency)) {
                // one body of that state over both spans, so the name is not a second actor before the body
                Match<ActorMention> b = kept.get(i - 1);
                Match<ActorMention> m = kept.get(i);
                ActorMention merged = new ActorMention(before.code(), ActorRole.BODY, before.start(), agency.end(),
                        before.foldedStart(), agency.foldedEnd(), agency.sentence(), false);
                kept.set(i, new Match<>(merged, b.foldedStart(), m.foldedEnd(), b.start(), m.end()));
                kept.remove(i - 1);
                i--;
                continue;
            }
            ActorMention demonym = adjacentDemonym(text, before, agency) ? before
                    : adjacentDemonym(text, agency, after) || genitiveState(text, agency, after) ? after : null;
            if (demonym != null && demonym.code() != null && !demonym.code().equals(agency.code())) {
                Match<ActorMention> m = kept.get(i);
                kept.set(i, new Match<>(agency.withCode(demonym.code()), m.foldedStart(), m.foldedEnd(), m.start(),
                        m.end()));
            }
        }
    }

    /**
     * "필리핀 정부가", "독일 정부는", "德國外交部長": a state name right before a body filed under the language's own state
     * ("정부가", "外交部") is that body's owner, as a demonym is elsewhere: one space between in Hangul, none in Han.
     */
    private static boolean hangulOwner(NormalizedText text, ActorMention state, ActorMention body) {
        if (state == null || state.role() != ActorRole.STATE || body.role() != ActorRole.BODY
                || state.sentence() != body.sentence()) {
            return false;
        }
        String folded = text.folded();
        Character.UnicodeScript script = Character.UnicodeScript.of(folded.codePointAt(state.foldedStart()));
        if (script == Character.UnicodeScript.HAN) {
            // "中国驻菲律宾大使馆": the state after "驻" hosts the embassy, it does not own it
            char previous = state.foldedStart() > 0 ? folded.charAt(state.foldedStart() - 1) : ' ';
            return previous != '驻' && previous != '駐' && body.foldedStart() == state.foldedEnd()
                    && Character.UnicodeScript.of(folded.codePointAt(body.foldedStart())) == Character.UnicodeScript.HAN;
        }
        return body.foldedStart() == state.foldedEnd() + 1 && folded.charAt(state.foldedEnd()) == ' '
                && script == Character.UnicodeScript.HANGUL;
    }

    /**
     * "Nationaal Cyber Security Centrum (NCSC)": a body in brackets right after another body is its short form and
     * belongs to the same state, whatever state the bare acronym usually stands for.
     */
    private static void adoptParentheticalAcronyms(NormalizedText text, List<Match<ActorMention>> kept) {
        String folded = text.folded();
        for (int i = 1; i < kept.size(); i++) {
            ActorMention full = kept.get(i - 1).payload();
            ActorMention acronym = kept.get(i).payload();
            if (full.role() != ActorRole.BODY || acronym.role() != ActorRole.BODY || full.code() == null
                    || full.code().equals(acronym.code()) || full.sentence() != acronym.sentence()) {
                continue;
            }
            String between = folded.substring(full.foldedEnd(), acronym.foldedStart()).strip();
            boolean closed = acronym.foldedEnd() < folded.length() && folded.charAt(acronym.foldedEnd()) == ')';
            if (between.equals("(") && closed) {
                Match<ActorMention> m = kept.get(i);
                kept.set(i, new Match<>(acronym.withCode(full.code()), m.foldedStart(), m.foldedEnd(), m.start(),
                        m.end()));
            }
        }
    }

    private static boolean adjacentDemonym(NormalizedText text, ActorMention first, ActorMention second) {
        if (first == null || second == null || first.sentence() != second.sentence()) {
            return false;
        }
        ActorMention demonym = first.role() == ActorRole.DEMONYM ? first : second;
        if (demonym.role() != ActorRole.DEMONYM) {
            return false;
        }
        // the rest of an inflected word ("niederländisch*" matched in "niederländische"), then at most one space
        String folded = text.folded();
        int spaces = 0;
        for (int i = first.foldedEnd(); i < second.foldedStart(); i++) {
            char c = folded.charAt(i);
            if (c == ' ') {
                spaces++;
            } else if (spaces > 0 || !Character.isLetter(c)) {
                return false;
            }
        }
        return spaces <= 1 && second.foldedStart() - first.foldedEnd() <= MAX_INFLECTION + 1;
    }

    /**
     * "МИД Франции", "Außenministerium Chinas": a state name right after a ministry or agency, one space or one linking
     * word between, in a spaced alphabet, is its owner (a genitive). Not for Hangul, where the space ends a subject
     * ("외교부는 미국").
     */
    private static boolean genitiveState(NormalizedText text, ActorMention body, ActorMention state) {
        if (state == null || state.role() != ActorRole.STATE || body.sentence() != state.sentence()
                || state.foldedStart() <= body.foldedEnd()) {
            return false;
        }
        String folded = text.folded();
        Character.UnicodeScript script = Character.UnicodeScript.of(folded.codePointAt(state.foldedStart()));
        String between = folded.substring(body.foldedEnd(), state.foldedStart());
        // "Agencia Nacional de Policía de Japón", "National Police Agency of Japan": one linking word may come between
        return (between.equals(" ") || GENITIVE_LINKS.contains(between))
                && (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.CYRILLIC);
    }

    /** At most this many folded chars (" вновь ", " uzhe ") between a seat and the statement verb it governs. */
    static final int CAPITAL_VERB_GAP = 8;

    /**
     * "В Лондоне заявили, что …", "в Вашингтоне обвинили": a seat after a place preposition with a statement verb right
     * after it is the government speaking, not a place, when no actor comes before it in its sentence ("La embajada
     * rusa en Washington calificó" is the embassy's).
     */
    private static boolean capitalSpeaking(NormalizedText text, ActorMention a, List<Match<Term>> cues) {
        if (a.role() != ActorRole.CAPITAL) {
            return false;
        }
        String folded = text.folded();
        for (Match<Term> c : cues) {
            TermKind kind = c.payload().kind();
            if ((kind == TermKind.REPORTING || kind == TermKind.REPORTED_ATTRIBUTION) && c.foldedStart() >= a.foldedEnd()
                    && c.foldedStart() - a.foldedEnd() <= CAPITAL_VERB_GAP) {
                String gap = folded.substring(a.foldedEnd(), c.foldedStart());
                if (gap.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hangul(NormalizedText text, ActorMention a) {
        return Character.UnicodeScript.of(text.folded().codePointAt(a.foldedStart())) == Character.UnicodeScript.HANGUL;
    }

    private static boolean stateNamed(ActorMention a) {
        return a.role().isState() && a.code() != null;
    }

    private static ActorMention mention(String code, ActorRole role, Match<?> m, SentenceIndex sentences) {
        return new ActorMention(code, role, m.start(), m.end(), m.foldedStart(), m.foldedEnd(),
                Math.max(0, sentences.sentenceAt(m.start())), false);
    }

    /**
     * "イギリスのラミー外相は": ja.json files "Xの" among agencies (the strongest sponsor form); with an official's title
     * right after it, it is that state's government, which speaks.
     */
    private static boolean possessiveOfOfficial(NormalizedText text, ActorMention a, List<Match<Term>> nouns,
            SentenceIndex sentences) {
        String folded = text.folded();
        if (a.role() != ActorRole.AGENCY || a.foldedEnd() < 1 || folded.charAt(a.foldedEnd() - 1) != 'の') {
            return false;
        }
        for (Match<Term> n : nouns) {
            if (n.foldedStart() >= a.foldedEnd()
                    && ScriptReach.within(folded, a.foldedEnd(), n.foldedStart(), GOVERNMENT_NOUN_REACH)
                    && Math.max(0, sentences.sentenceAt(n.start())) == a.sentence()) {
                return true;
            }
        }
        return false;
    }

    /**
     * "미국이 북한을 … 배후로 지목한 데 대해": ko.json files "미국이" (a state with its subject particle) among agencies, the
     * strongest sponsor form; as the subject of a nested accusation that the sentence answers, it is the state that
     * speaks.
     */
    private static boolean nominativeBeforeReport(NormalizedText text, ActorMention a, List<Match<Term>> cues) {
        String folded = text.folded();
        if (a.role() != ActorRole.AGENCY || a.foldedEnd() < 2 || !hangul(text, a)) {
            return false;
        }
        char last = folded.charAt(a.foldedEnd() - 1);
        if (last != '이' && last != '가') {
            return false;
        }
        for (Match<Term> c : cues) {
            // only a nested accusation the sentence answers ("… 지목한 데 대해"): before a main verb ("북한이 … 쓰고 있다고
            // 지적했다") the particle form is the accused of the reported clause
            String after = folded.substring(c.foldedEnd(), Math.min(folded.length(), c.foldedEnd() + 8));
            if (c.payload().kind() == TermKind.REPORTED_ATTRIBUTION && c.foldedStart() >= a.foldedEnd()
                    && !folded.substring(a.foldedEnd(), c.foldedStart()).contains(".")
                    && (after.startsWith(" 데 대") || after.startsWith(" 것에 대") || after.startsWith(" 것과 관련")
                    || folded.substring(c.foldedStart(), c.foldedEnd()).contains("대해"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(NormalizedText text, ActorMention a, List<Match<Term>> nouns, SentenceIndex sentences) {
        String folded = text.folded();
        for (Match<Term> n : nouns) {
            boolean after = n.foldedStart() >= a.foldedEnd();
            boolean before = a.foldedStart() >= n.foldedEnd();
            boolean close = after ? ScriptReach.within(folded, a.foldedEnd(), n.foldedStart(), GOVERNMENT_NOUN_REACH)
                    : before && ScriptReach.within(folded, n.foldedEnd(), a.foldedStart(), GOVERNMENT_NOUN_REACH);
            if (close && Math.max(0, sentences.sentenceAt(n.start())) == a.sentence()) {
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

    private static boolean afterPartnerPrefix(ActorMention a, List<Match<Term>> prefixes, SentenceIndex sentences) {
        for (Match<Term> p : prefixes) {
            int gap = a.foldedStart() - p.foldedEnd();
            if (gap >= 0 && gap <= PARTNER_REACH && Math.max(0, sentences.sentenceAt(p.start())) == a.sentence()) {
                return true;
            }
        }
        return false;
    }

    /** "la Agencia Nacional de Policía de Japón": a body and the state named right after it as its owner. */
    public static boolean ownedBy(NormalizedText text, ActorMention body, ActorMention state) {
        return (body.role() == ActorRole.BODY || body.role() == ActorRole.AGENCY) && body.code() != null
                && body.code().equals(state.code()) && genitiveState(text, body, state);
    }

    /**
     * Whether the text between two mentions is written in a script that separates words by spaces. In Chinese or
     * Japanese a "list" gap of a few letters is often a clause of its own ("访问加拿大期间表示，俄罗斯…"), so the comma rule
     * for place lists, made for "contre l'Ukraine, l'Union européenne", does not apply there.
     */
    private static boolean wordSpacedGap(NormalizedText text, ActorMention first, ActorMention second) {
        String gap = text.folded().substring(first.foldedEnd(), Math.max(first.foldedEnd(), second.foldedStart()));
        return gap.codePoints().filter(Character::isLetter).noneMatch(c -> switch (Character.UnicodeScript.of(c)) {
            case HAN, HIRAGANA, KATAKANA, HANGUL -> true;
            default -> false;
        });
    }

    /** Whether a conjunction of the language stands between two mentions. */
    private static boolean conjoined(NormalizedText text, ActorMention first, ActorMention second,
            List<Match<Term>> conjunctions) {
        return conjunctions.stream()
                .anyMatch(c -> c.foldedStart() >= first.foldedEnd() && c.foldedEnd() <= second.foldedStart());
    }

    /**
     * Whether two mentions are items of one list: only list punctuation and a few letters between them, and when no
     * comma separates them, a conjunction of the language ({@code conjunctions}: "and", "et", "와", "及び") among those
     * letters, so "Russia against Ukraine" or "미국은 중국" are not lists. A possessive ("Russia's GRU") still links.
     */
    public static boolean inList(NormalizedText text, ActorMention first, ActorMention second,
            List<Match<Term>> conjunctions) {
        if (second.foldedStart() < first.foldedEnd() || first.sentence() != second.sentence()) {
            return false;
        }
        String gap = text.folded().substring(first.foldedEnd(), second.foldedStart());
        int letters = 0;
        boolean separated = false;
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters++;
            } else if (c == ',' || c == '、' || c == '，' || c == '\'') {
                separated = true;
            } else if (c != ' ' && c != '(' && c != ')') {
                return false;
            }
        }
        if (letters > LIST_GAP_LETTERS) {
            return false;
        }
        return separated || letters == 0 || conjunctions.stream()
                .anyMatch(c -> c.foldedStart() >= first.foldedEnd() && c.foldedEnd() <= second.foldedStart());
    }
}
