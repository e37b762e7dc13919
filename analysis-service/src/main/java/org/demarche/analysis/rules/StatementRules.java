package org.demarche.analysis.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.group.GroupHit;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Condemnation;
import org.demarche.contracts.analysis.Confidence;
import org.demarche.contracts.analysis.Denial;
import org.demarche.contracts.analysis.Naming;
import org.demarche.contracts.analysis.NamingKind;
import org.demarche.contracts.analysis.Provenance;
import org.demarche.contracts.analysis.Stance;

/**
 * The attribution, condemnation and denial rules, sentence by sentence, carrying the groups a text keeps talking
 * about ("the group") and the last attributions (for "have reached the same assessment") across sentences.
 */
public final class StatementRules {

    static final String OWN_OR_REPORTED = "attribution.clause";
    static final String SAME_ASSESSMENT = "attribution.same-assessment";
    static final String SPONSOR_NEXT_SENTENCE = "attribution.sponsor-next-sentence";
    static final String GROUP_NEXT_SENTENCE = "attribution.group-next-sentence";
    static final String JOINT = "attribution.joint-statement";
    static final String CONDEMNATION = "condemnation.clause";
    static final String JOINT_CONDEMNATION = "condemnation.joint-statement";
    static final String DENIAL = "denial.clause";

    private static final int HEADLINE = 0;
    /** "… makes groundless accusations against China": the accused follows the cue by at most this many folded chars. */
    private static final int ACCUSED_AFTER_REACH = 30;
    /** "美方所谓", "日本側のいわゆる", "the UK's so-called": at most this many folded chars between the actor and the word. */
    private static final int SO_CALLED_GAP = 3;
    /** "Vorwürfe der Bundesregierung": at most this many folded chars between an accusation noun and its author. */
    private static final int ACCUSER_AFTER_NOUN = 6;
    /** "Secondo le agenzie firmatarie", "According to the authoring agencies": at most this many folded chars between. */
    private static final int SIGNATORIES_AFTER_ACCORDING_TO = 6;
    /**
     * At most this many Latin-letter widths between a non-state subject and its statement verb ("researchers at an
     * independent laboratory in Tartu said"): a subject with its complement, longer than a bare subject's reach.
     */
    private static final int NON_STATE_VERB_REACH = 48;
    private static final List<TermKind> VOICE_CUES = List.of(TermKind.REPORTING, TermKind.REPORTED_ATTRIBUTION,
            TermKind.SAME_ASSESSMENT);

    private final Voices voices;
    private final String speaker;
    /** Actors answering the speaker's own claims ("… said Manila's claims were groundless"): they deny even unaccused. */
    private final Set<String> respondents = new LinkedHashSet<>();

    public StatementRules(Voices voices, String speakerCode) {
        this.voices = voices;
        this.speaker = speakerCode;
    }

    public Findings apply(List<SentenceFacts> sentences) {
        List<Claim> claims = new ArrayList<>();
        // claims whose clause ties the group to the attributor itself: echoes of an accusation against it
        Set<Claim> echoes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<CondemnationTargets.Pending> condemnations = new ArrayList<>();
        Map<String, Denial> denials = new LinkedHashMap<>();
        // the group-less accusations each denier answers
        Map<String, List<Claim>> answersGrouplessAccusation = new LinkedHashMap<>();
        // the accusers each denier's denials have named so far
        Map<String, Set<String>> answeredAccusers = new LinkedHashMap<>();
        Set<String> coVoices = new LinkedHashSet<>();
        List<GroupHit> contextGroups = List.of();
        Set<String> unlinked = new LinkedHashSet<>();
        List<Claim> lastClaims = List.of();
        int lastClaimSentence = -2;
        for (SentenceFacts facts : sentences) {
            List<GroupHit> groups = facts.distinctGroups();
            boolean negated = facts.has(TermKind.NEGATION) || facts.has(TermKind.HYPOTHETICAL);
            Set<String> deniers = deniers(facts, claims);
            List<Claim> produced = new ArrayList<>();
            if (!negated) {
                Set<String> attributors = new LinkedHashSet<>();
                int[] clause = voicesOf(facts, attributors, coVoices, deniers);
                int clauseStart = clause[0];
                boolean explicit = !attributors.isEmpty();

                attributors.removeAll(deniers);
                boolean attributes = facts.has(TermKind.ATTRIBUTION) || facts.has(TermKind.REPORTED_ATTRIBUTION);
                // "Der Kreml hat Vorwürfe zurückgewiesen … Ihm wird vorgeworfen, …": an agentless accusation in a text
                // whose speaker rejects accusations is made by the accuser the sentence before names
                // against the speaker itself, through an agency or government of it named there ("ein Offizier des
                // russischen Militärgeheimdienstes GRU"); a counter-accusation of the speaker stays the speaker's
                boolean agentless = attributes && !explicit && deniers.isEmpty() && speaker != null
                        && !nonStateClaims(facts);
                Optional<ActorMention> accuser = agentless && rejected(denials)
                        ? accuserIn(sentences, facts.sentence().index() - 1) : Optional.empty();
                SentenceFacts accusersSentence = accuser.isPresent()
                        && SponsorChooser.choose(facts, Set.of(speaker), -1, -1, -1).isEmpty()
                        && SponsorChooser.strongestGovernment(sentences.get(facts.sentence().index() - 1),
                                Set.of(accuser.get().code())).filter(speaker::equals).isPresent()
                        ? sentences.get(facts.sentence().index() - 1) : null;
                // "독일 외무장관은 … '러시아의 사이버 공격을 강력히 규탄한다'": with no statement verb, who condemns in the
                // sentence holds the state responsible, not the speaker
                Set<String> condemners = agentless && accusersSentence == null ? explicitCondemners(facts, deniers)
                        : Set.of();
                if (agentless) {
                    if (condemners.isEmpty()) {
                        attributors.add(accusersSentence != null ? accuser.get().code() : speaker);
                    } else {
                        attributors.addAll(condemners);
                    }
                }
                attributors.addAll(voices.partnersOf(facts, attributors));
                if (attributes && !attributors.isEmpty()) {
                    boolean ownGroup = SponsorChooser.ownStateStrongest(facts, attributors, clauseStart);
                    String sponsor = ownGroup ? null
                            : SponsorChooser.choose(facts, attributors, clauseStart, clause[1], clause[2])
                                    .or(() -> accusersSentence == null ? Optional.empty()
                                            : SponsorChooser.strongestGovernment(accusersSentence, attributors))
                                    .orElse(null);
                    List<GroupHit> targets = !groups.isEmpty() ? groups
                            : facts.has(TermKind.GROUP_ANAPHORA) ? contextGroups : List.of();
                    Confidence confidence = confidence(facts);
                    boolean fillsPrevious = targets.isEmpty() && sponsor != null
                            && lastClaimSentence == facts.sentence().index() - 1 && !lastClaims.isEmpty()
                            && lastClaims.stream().allMatch(c -> c.group() != null && c.sponsor() == null);
                    if (fillsPrevious) {
                        for (Claim c : lastClaims) {
                            produced.add(new Claim(c.attributor(), c.group(), sponsor, confidence, facts.sentence(),
                                    SPONSOR_NEXT_SENTENCE));
                        }
                    } else if (targets.isEmpty()) {
                        for (String a : attributors) {
                            if (!followUpMeasure(facts, a, sponsor, claims)) {
                                produced.add(new Claim(a, null, sponsor, confidence, facts.sentence(),
                                        OWN_OR_REPORTED));
                            }
                        }
                    } else {
                        for (String a : attributors) {
                            String s = sponsor != null ? sponsor
                                    : previousSponsor(a, lastClaims, lastClaimSentence, facts).orElse(null);
                            for (GroupHit g : targets) {
                                Claim claim = new Claim(a, g, s, confidence, facts.sentence(), OWN_OR_REPORTED);
                                produced.add(claim);
                                if (ownGroup) {
                                    echoes.add(claim);
                                }
                            }
                        }
                    }
                    if (sponsor != null && !produced.isEmpty()) {
                        withCoSponsors(produced, sponsor,
                                SponsorChooser.coSponsors(facts, attributors, clauseStart, sponsor));
                    }
                } else if (facts.has(TermKind.SAME_ASSESSMENT) && explicit && groups.isEmpty()) {
                    for (String a : attributors) {
                        for (Claim c : lastClaims) {
                            produced.add(new Claim(a, c.group(), c.sponsor(), c.confidence(), facts.sentence(),
                                    SAME_ASSESSMENT));
                        }
                    }
                }
            }
            boolean namesPreviousActors = produced.isEmpty() && !negated && deniers.isEmpty() && !groups.isEmpty()
                    && !nonStateNamesFirst(facts, groups.get(0))
                    && lastClaimSentence == facts.sentence().index() - 1 && !lastClaims.isEmpty()
                    && lastClaims.stream().allMatch(c -> c.group() == null && c.sponsor() != null);
            if (namesPreviousActors) {
                // "GRU unit 29155 is behind it. The unit, also known as Ember Bear, ...": the group gets that sponsor,
                // and the group-less claims it names are the same attributions
                lastClaims.forEach(c -> claims.removeIf(o -> o == c));
                for (Claim c : lastClaims) {
                    for (GroupHit g : groups) {
                        produced.add(new Claim(c.attributor(), g, c.sponsor(), c.confidence(), facts.sentence(),
                                GROUP_NEXT_SENTENCE));
                    }
                }
            }
            boolean groupOfPreviousActors = !produced.isEmpty() && !negated
                    && produced.stream().allMatch(c -> c.group() != null && c.sponsor() == null)
                    && lastClaimSentence == facts.sentence().index() - 1 && !lastClaims.isEmpty()
                    && lastClaims.stream().allMatch(c -> c.group() == null && c.sponsor() != null);
            if (groupOfPreviousActors) {
                // "... warned of attacks by GRU unit 29155. Its hackers are known as Ember Bear": the group named now
                // is the one the previous sentence held the sponsor responsible for, by the same voices
                produced = withPreviousSponsor(produced, lastClaims, facts);
            }
            if (facts.has(TermKind.NEGATION)) {
                unlinked.addAll(deniedLinks(facts, !groups.isEmpty() ? groups
                        : facts.has(TermKind.GROUP_ANAPHORA) ? contextGroups : List.of()));
            }
            if (deniers.size() == 1 && !produced.isEmpty()) {
                // "China has rejected accusations by the United States that state-backed hackers known as APT31 …":
                // the accusation its denier rejects in the same sentence holds that denier responsible
                String denier = deniers.iterator().next();
                produced.replaceAll(c -> c.group() != null && c.sponsor() == null && isState(denier)
                        && !c.attributor().equals(denier) && namedFirst(facts, denier, c.attributor())
                        ? c.withSponsor(denier) : c);
            }
            if (!produced.isEmpty()) {
                claims.addAll(produced);
                lastClaims = produced;
                lastClaimSentence = facts.sentence().index();
            }
            if (!groups.isEmpty()) {
                contextGroups = groups;
            }
            if (!negated) {
                condemnations.addAll(condemnations(facts, deniers, latestSponsor(claims), produced, groups));
            }
            for (String denier : deniers) {
                if (groups.isEmpty()) {
                    Set<String> named = namedStates(facts, denier);
                    boolean namesAccuser = !facts.has(TermKind.ALLIED_OTHERS) && claims.stream()
                            .anyMatch(c -> denier.equals(c.sponsor()) && named.contains(c.attributor()));
                    // a bare denial after one that named its accuser goes on answering that accuser; "the United
                    // States and its allies" names everyone
                    Set<String> answering = namesAccuser ? named
                            : facts.has(TermKind.ALLIED_OTHERS) ? Set.of() : answeredAccusers.getOrDefault(denier, Set.of());
                    List<Claim> answered = AnsweredAccusations.of(denier, speaker, claims, answering);
                    if (namesAccuser) {
                        answered.forEach(c -> answeredAccusers.computeIfAbsent(denier, k -> new LinkedHashSet<>())
                                .add(c.attributor()));
                    }
                    if (answered.isEmpty()) {
                        denials.putIfAbsent(denier + "|", denial(denier, null, facts));
                    }
                    for (Claim c : answered) {
                        denials.putIfAbsent(denier + "|" + (c.group() == null ? "" : c.groupKey()),
                                denial(denier, c.group(), facts));
                        if (c.group() == null) {
                            answersGrouplessAccusation.computeIfAbsent(denier, k -> new ArrayList<>()).add(c);
                        }
                    }
                }
                for (GroupHit g : groups) {
                    denials.putIfAbsent(denier + "|" + g.key(), denial(denier, g, facts));
                }
            }
        }
        claims.addAll(CondemnationTargets.impliedAttributions(condemnations, claims));
        List<Claim> untied = claims.stream().filter(c -> c.group() != null
                && unlinked.contains(c.groupKey() + "|" + c.sponsor())).toList();
        // "Chinese hackers behind defacements" before "no link of the group to China's government is confirmed":
        // the group-less headline claim was about that group
        claims.removeIf(c -> c.group() == null && untied.stream().anyMatch(u -> u.attributor().equals(c.attributor())
                && u.sponsor().equals(c.sponsor()) && u.sentence().index() >= c.sentence().index()));
        claims.replaceAll(c -> untied.contains(c) ? c.withSponsor(null) : c);
        List<Claim> finalClaims = settle(claims, sentences, coVoices, echoes);
        List<Attribution> attributions = finalClaims.stream().map(this::attribution).toList();
        // only the accused deny: a state some attribution in the text holds responsible, or the speaker unless it is
        // the one accusing others ("... 'groundless smear', China said" inside a US statement is not a US denial)
        Set<String> accused = new LinkedHashSet<>();
        finalClaims.forEach(c -> accused.add(c.sponsor()));
        boolean speakerAccuses = finalClaims.stream().anyMatch(c -> c.attributor().equals(speaker) && c.sponsor() != null);
        List<Denial> denialList = withoutGrouplessDenials(denials.values().stream()
                .filter(d -> d.denier().equals(speaker) && !speakerAccuses || accused.contains(d.denier())
                        || respondents.contains(d.denier())
                        || deniesUnsponsoredGroup(d, finalClaims) || deniesForItsGroup(d, finalClaims))
                .toList(), stillGroupless(answersGrouplessAccusation, finalClaims));
        List<CondemnationTargets.Settled> settledCondemnations = CondemnationTargets.settle(condemnations, finalClaims);
        List<Condemnation> condemnationList = new ArrayList<>(settledCondemnations.stream()
                .map(c -> new Condemnation(c.condemner(), c.target(), c.facts().sentence().text(),
                        provenance(CONDEMNATION, c.facts())))
                .toList());
        // "Joint statement by the United Kingdom, Canada and Iceland … We condemn …": when the headline makes the
        // whole text a joint statement, its co-signers condemn with the speaker, as they attribute with it; a
        // national statement about a joint advisory condemns in the speaker's name alone
        Set<String> signers = sentences.isEmpty() ? new LinkedHashSet<>() : cosigners(List.of(sentences.get(HEADLINE)));
        signers.removeIf(c -> finalClaims.stream().anyMatch(o -> c.equals(o.sponsor())));
        for (String signer : signers) {
            for (CondemnationTargets.Settled c : settledCondemnations) {
                if (c.condemner().equals(speaker) && !signer.equals(c.target())) {
                    condemnationList.add(new Condemnation(signer, c.target(), c.facts().sentence().text(),
                            provenance(JOINT_CONDEMNATION, c.facts())));
                }
            }
        }
        return new Findings(attributions, dedupe(condemnationList), denialList, namings(finalClaims, denialList));
    }

    /** The states and IGOs a sentence names, other than {@code except}. */
    private static Set<String> namedStates(SentenceFacts facts, String except) {
        Set<String> named = new LinkedHashSet<>();
        facts.actors().stream().map(ActorMention::code).filter(c -> c != null && !c.equals(except)).forEach(named::add);
        return named;
    }

    /** Whether {@code first} is named in the sentence before {@code second} is. */
    private static boolean namedFirst(SentenceFacts facts, String first, String second) {
        for (ActorMention a : facts.actors()) {
            if (first.equals(a.code())) {
                return true;
            }
            if (second.equals(a.code())) {
                return false;
            }
        }
        return false;
    }

    /** Whether the speaker has rejected an accusation so far. */
    private boolean rejected(Map<String, Denial> denials) {
        return denials.values().stream().anyMatch(d -> d.denier().equals(speaker));
    }

    /** The last official actor, other than the speaker, of the sentence at {@code index}. */
    private Optional<ActorMention> accuserIn(List<SentenceFacts> sentences, int index) {
        if (index < 0 || index >= sentences.size()) {
            return Optional.empty();
        }
        ActorMention last = null;
        for (ActorMention a : sentences.get(index).actors()) {
            if (a.role().canSpeak() && !a.location() && a.code() != null && !a.code().equals(speaker)) {
                last = a;
            }
        }
        return Optional.ofNullable(last);
    }

    /** "спецслужбы США и Великобритании": every claim naming the chosen sponsor is made of the others too. */
    private static void withCoSponsors(List<Claim> produced, String sponsor, List<String> coSponsors) {
        if (coSponsors.isEmpty()) {
            return;
        }
        int n = produced.size();
        for (int i = 0; i < n; i++) {
            Claim c = produced.get(i);
            if (sponsor.equals(c.sponsor())) {
                for (String co : coSponsors) {
                    produced.add(c.withSponsor(co));
                }
            }
        }
    }

    private static List<Claim> withPreviousSponsor(List<Claim> produced, List<Claim> lastClaims, SentenceFacts facts) {
        List<Claim> out = new ArrayList<>();
        String sponsor = lastClaims.get(0).sponsor();
        for (Claim c : produced) {
            out.add(c.withSponsor(sponsor));
        }
        for (Claim last : lastClaims) {
            for (Claim c : produced) {
                out.add(new Claim(last.attributor(), c.group(), last.sponsor(), last.confidence(), facts.sentence(),
                        GROUP_NEXT_SENTENCE));
            }
        }
        return out;
    }

    /**
     * "Contestualmente Washington ha espulso dieci diplomatici russi e imposto sanzioni": a sentence whose only
     * attribution cues from its first measure on are measures, by an attributor that already held the same state
     * responsible, responds to that attribution rather than making another one.
     */
    private static boolean followUpMeasure(SentenceFacts facts, String attributor, String sponsor, List<Claim> claims) {
        if (sponsor == null || claims.stream().noneMatch(c -> c.attributor().equals(attributor)
                && sponsor.equals(c.sponsor()))) {
            return false;
        }
        List<Match<Term>> measures = facts.cues(TermKind.MEASURE);
        if (measures.isEmpty()) {
            return false;
        }
        int firstMeasure = measures.get(0).foldedStart();
        for (Match<Term> t : facts.terms()) {
            TermKind kind = t.payload().kind();
            boolean attributes = kind == TermKind.ATTRIBUTION || kind == TermKind.REPORTED_ATTRIBUTION;
            // "関与したFSB職員2人に制裁を科した": an attribution word before the measure describes whom it hits
            if (attributes && t.foldedEnd() > firstMeasure && measures.stream().noneMatch(m -> m.overlaps(t))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fills {@code attributors} with the voices of the sentence and {@code coVoices} with those listed with the
     * speaker; returns where the attributed clause starts and where the subject of its verb ends and starts.
     */
    private int[] voicesOf(SentenceFacts facts, Set<String> attributors, Set<String> coVoices, Set<String> deniers) {
        int clauseStart = -1;
        int subjectEnd = -1;
        int subjectStart = -1;
        for (Match<Term> cue : facts.terms()) {
            TermKind kind = cue.payload().kind();
            List<ActorMention> subjects;
            int end;
            Optional<List<ActorMention>> afterQuote = Optional.empty();
            if (VOICE_CUES.contains(kind) || accusesInsideGap(facts, cue)) {
                // "英国政府称，…中国国家支持的行为体入侵了…，并宣布制裁": a verb right after a conjunction has the subject of the
                // verb before it
                afterQuote = kind == TermKind.REPORTING ? voices.subjectsAfterQuote(facts, cue) : Optional.empty();
                subjects = afterQuote.isPresent() ? afterQuote.get()
                        : VOICE_CUES.contains(kind) ? chainedSubjects(facts, cue) : voices.subjectsBefore(facts, cue);
                if (subjects.isEmpty() && VOICE_CUES.contains(kind) && afterQuote.isEmpty()) {
                    subjects = voices.subjectAfterAuxiliary(facts, cue);
                }
                // "Deutschland macht Russland verantwortlich": the accused sits inside a gapped cue; a quote before
                // its verb is the clause said
                end = afterQuote.isPresent() ? -1 : cue.payload().gapped() ? cue.foldedStart() + 1 : cue.foldedEnd();
            } else if (kind == TermKind.ACCORDING_TO) {
                subjects = voices.subjectsAfter(facts, cue);
                if (!subjects.isEmpty() && ownClauseBetween(facts, cue.foldedEnd(), subjects.get(0).foldedStart())) {
                    // "据报道，美国国家安全局…发布报告，称…受中国政府支持": the actor and statement verb in between form a
                    // clause with its own voice ("según anunció el Departamento de Justicia" has none in between)
                    subjects = List.of();
                }
                // "Behauptungen der Bundesregierung, russische Stellen stünden hinter …": a denier listed after the
                // accuser is the accused of the clause, which starts after the accuser
                if (speaker != null && signatoriesAfter(facts, cue)) {
                    // "Secondo le agenzie firmatarie, tra cui la CISA …": the speaker co-signed, so it speaks too
                    attributors.add(speaker);
                    clauseStart = Math.max(clauseStart, cue.foldedEnd());
                }
                end = endOfVoices(subjects, deniers);
            } else {
                continue;
            }
            // "Japan, the United States and Korea share concern ...": who speaks in one breath with the speaker co-signs
            if (speaker != null && subjects.stream().anyMatch(s -> speaker.equals(s.code()))) {
                subjects.stream().map(ActorMention::code).filter(c -> c != null && !c.equals(speaker))
                        .forEach(coVoices::add);
            }
            for (ActorMention s : subjects) {
                String code = s.code() == null ? speaker : s.code();
                if (code != null) {
                    attributors.add(code);
                    if (end >= clauseStart) {
                        clauseStart = end;
                        subjectEnd = s.foldedEnd();
                        subjectStart = s.foldedStart();
                    }
                }
            }
        }
        return new int[] {clauseStart, subjectEnd, subjectStart};
    }

    /** Where the first voice, and those after it that deny nothing, end; -1 without any. */
    private static int endOfVoices(List<ActorMention> voices, Set<String> deniers) {
        int end = -1;
        for (int i = 0; i < voices.size(); i++) {
            ActorMention a = voices.get(i);
            if (i == 0 || !deniers.contains(a.code())) {
                end = Math.max(end, a.foldedEnd());
            }
        }
        return end;
    }

    /** Whether a joint-statement phrase ("le agenzie firmatarie", "the authoring agencies") opens an "according to". */
    private static boolean signatoriesAfter(SentenceFacts facts, Match<Term> accordingTo) {
        return facts.cues(TermKind.JOINT_STATEMENT).stream().anyMatch(j -> j.foldedStart() >= accordingTo.foldedEnd()
                && j.foldedStart() - accordingTo.foldedEnd() <= SIGNATORIES_AFTER_ACCORDING_TO);
    }

    /**
     * "France attributes the campaign to Russia's SVR. According to ANSSI, APT29 was used": a group named right after
     * the same attributor's group-less attribution gets its sponsor, unless the text marks it as another activity.
     */
    private static Optional<String> previousSponsor(String attributor, List<Claim> lastClaims,
            int lastClaimSentence, SentenceFacts facts) {
        if (lastClaimSentence != facts.sentence().index() - 1 || facts.has(TermKind.SEPARATE_ACTIVITY)) {
            return Optional.empty();
        }
        return lastClaims.stream()
                .filter(c -> c.group() == null && c.sponsor() != null && c.attributor().equals(attributor))
                .map(Claim::sponsor)
                .findFirst();
    }

    /**
     * "Police have not confirmed whether the group is linked to the Chinese government": a negated sentence about a
     * group and a state unties them, so no attribution of that group names that state as sponsor.
     */
    private Set<String> deniedLinks(SentenceFacts facts, List<GroupHit> groups) {
        Set<String> out = new LinkedHashSet<>();
        for (ActorMention a : facts.actors()) {
            if (a.role().isState() && !a.location() && a.code() != null && !a.code().equals(speaker)) {
                groups.forEach(g -> out.add(g.key() + "|" + a.code()));
            }
        }
        return out;
    }

    /**
     * "Die Forscher ordnen die Kampagne der Gruppe Kimsuky zu", "secondo gli esperti della società di sicurezza, dietro
     * l'attacco ci sarebbe …": a non-state subject right before the first attribution cue makes the claim its own, so
     * an attribution with no official voice is not the speaker's.
     */
    private boolean nonStateClaims(SentenceFacts facts) {
        int first = Integer.MAX_VALUE;
        for (Match<Term> t : facts.terms()) {
            TermKind kind = t.payload().kind();
            if (kind == TermKind.ATTRIBUTION || kind == TermKind.REPORTED_ATTRIBUTION) {
                first = Math.min(first, t.foldedStart());
            }
        }
        for (Match<Term> t : facts.cues(TermKind.NON_STATE_SUBJECT)) {
            if (t.foldedEnd() <= first && voices.near(t.foldedEnd(), first, Voices.NON_STATE_SUBJECT_REACH)) {
                return true;
            }
        }
        // "analysts at a security company wrote that the malware resembled tools associated with APT29": a statement
        // verb of a non-state subject before the cue makes the whole clause theirs
        for (Match<Term> verb : facts.cues(TermKind.REPORTING)) {
            if (verb.foldedEnd() <= first && nonStateSubjectOf(facts, verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a non-state word is the subject right before {@code verb}, with no actor in between. */
    private boolean nonStateSubjectOf(SentenceFacts facts, Match<Term> verb) {
        for (Match<Term> t : facts.cues(TermKind.NON_STATE_SUBJECT)) {
            if (t.foldedEnd() <= verb.foldedStart()
                    && voices.near(t.foldedEnd(), verb.foldedStart(), NON_STATE_VERB_REACH)
                    && !facts.actorWithin(t.foldedEnd(), verb.foldedStart())) {
                return true;
            }
        }
        return false;
    }


    /** "A US security company had linked the unit to APT1": the name is the company's, not the attributor's. */
    private static boolean nonStateNamesFirst(SentenceFacts facts, GroupHit firstGroup) {
        return facts.cues(TermKind.NON_STATE_SUBJECT).stream().anyMatch(t -> t.start() < firstGroup.start());
    }

    /**
     * "Die Bundesregierung macht Russland verantwortlich": a gapped attribution verb with a state inside its gap
     * speaks for the actor before it, like a statement verb.
     */
    boolean accusesInsideGap(SentenceFacts facts, Match<Term> cue) {
        if (cue.payload().kind() != TermKind.ATTRIBUTION || !cue.payload().gapped()) {
            return false;
        }
        List<ActorMention> subjects = voices.subjectsBefore(facts, cue);
        return !subjects.isEmpty() && facts.actors().stream()
                .anyMatch(a -> a.foldedStart() > cue.foldedStart() && a.foldedEnd() < cue.foldedEnd()
                        && a.role().isState() && !a.location() && a.code() != null
                        && subjects.stream().noneMatch(s -> a.code().equals(s.code())));
    }

    /**
     * "The Chinese embassy said Manila's claims were 'groundless'": when the actor right before a denial word is the
     * speaker, whom nothing in the text accuses, and another actor's statement verb comes before it, that other actor
     * is the one denying.
     */
    private java.util.Optional<List<ActorMention>> reporterOf(SentenceFacts facts, List<ActorMention> subjects) {
        int subjectStart = subjects.stream().mapToInt(ActorMention::foldedStart).min().orElse(0);
        Match<Term> reporting = null;
        for (Match<Term> t : facts.cues(TermKind.REPORTING)) {
            if (t.foldedEnd() <= subjectStart) {
                reporting = t;
            }
        }
        if (reporting == null) {
            return java.util.Optional.empty();
        }
        List<ActorMention> reporters = voices.subjectsBefore(facts, reporting).stream()
                .filter(r -> r.code() != null && !r.code().equals(speaker)).toList();
        return reporters.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(reporters);
    }

    /** The actors rejecting an accusation in one sentence, read with no claim made yet (to find who speaks). */
    Set<String> deniersOf(SentenceFacts facts) {
        return deniers(facts, List.of());
    }

    private Set<String> deniers(SentenceFacts facts, List<Claim> claimsSoFar) {
        if (!facts.has(TermKind.DENIAL) && !facts.has(TermKind.ACCUSER_DENIAL)) {
            return Set.of();
        }
        Set<String> deniers = new LinkedHashSet<>();
        boolean speakerAccused = false;
        for (Claim c : claimsSoFar) {
            speakerAccused |= Objects.equals(speaker, c.sponsor());
        }
        List<Match<Term>> accuserCues = facts.cues(TermKind.ACCUSER_DENIAL);
        Set<String> accusers = new LinkedHashSet<>();
        for (Match<Term> cue : accuserCues) {
            deniers.addAll(accusedBy(facts, cue));
            accusers.addAll(accusersOf(facts, cue));
        }
        List<Match<Term>> negations = facts.cues(TermKind.NEGATION);
        for (Match<Term> cue : facts.cues(TermKind.DENIAL)) {
            // "non conferma né smentisce", "weder bestätigt noch dementiert": a denial word inside a longer negation
            // denies nothing
            if (cue.overlapsAny(accuserCues) || cue.insideALongerOne(negations)) {
                continue;
            }
            List<ActorMention> subjects = voices.subjectsBefore(facts, cue);
            if (!subjects.isEmpty() && (namedAsAccusers(facts, subjects) || accuseBefore(facts, subjects, cue))) {
                // "Die chinesische Botschaft hat Vorwürfe der Bundesregierung zurückgewiesen": the author of the
                // accusation sits between the one rejecting it and the clause-final verb
                // an accuser does not reject its own accusation: "러시아 외무부는 독일 정부가 … 독일 사회민주당 … 해킹했다고
                // 발표한 데 대해": the one rejecting is the nearest actor before it of another state
                List<ActorMention> before = otherSpeakerBefore(facts, subjects, cue.foldedStart());
                if (!before.isEmpty()) {
                    subjects = before;
                    // it answers the accusation the sentence names, whether or not a claim of the text accuses it
                    subjects.stream().map(ActorMention::code).filter(Objects::nonNull).forEach(respondents::add);
                }
            }
            boolean reportedClause = !subjects.isEmpty() && quotesAccusationClause(facts, subjects, cue);
            if (reportedClause) {
                // "Die Botschaft weist die Behauptungen der Bundesregierung, russische Stellen stünden hinter den
                // Angriffen, entschieden zurück": the accuser after the accusation noun and the accused of its clause
                // are what is rejected; the actor before them, or else the speaker, rejects
                subjects = speakerBefore(facts, subjects, cue.foldedStart());
            }
            if (!subjects.isEmpty() && allAccusers(subjects, accusers)) {
                // "报道官は、日本が根拠のない非難を行っていると反論した": the one rejecting speaks before the accuser
                subjects = speakerBefore(facts, subjects, cue.foldedStart());
            }
            if (subjects.isEmpty() && !reportedClause) {
                subjects = voices.subjectsAfter(facts, cue);
                if (!subjects.isEmpty() && (statementBetween(facts, cue.foldedStart(), subjects.get(0).foldedStart())
                        || accusationNounBetween(facts, cue, subjects.get(0)))) {
                    // "rejects the claims made by the Foreign Office", "rejects the allegations made by": the actor
                    // after the claims makes them
                    subjects = List.of();
                }
            } else if (!speakerAccused && speakerAmong(subjects)) {
                java.util.Optional<List<ActorMention>> reporters = reporterOf(facts, subjects);
                if (reporters.isPresent()) {
                    subjects = reporters.get();
                    subjects.forEach(r -> respondents.add(r.code()));
                }
            }
            if (!subjects.isEmpty() && facts.has(TermKind.SO_CALLED) && soCalledBy(facts, subjects, cue)) {
                // "美方所谓起诉完全出于政治目的，是赤裸裸的污蔑": the actor whose so-called act is rejected is the accuser;
                // an actor before it ("주한 중국대사관은 … 한국 측의 주장은 … 억측이라고"), or else the speaker, rejects
                subjects = speakerBefore(facts, subjects, cue.foldedStart());
            }
            for (ActorMention subject : subjects) {
                String code = subject.code() == null ? speaker : subject.code();
                if (code != null) {
                    deniers.add(code);
                }
            }
            if (subjects.isEmpty() && speaker != null && isState(speaker)) {
                deniers.add(speaker);
            }
        }
        return deniers;
    }

    /** Whether every subject (the speaker for a subject without a code) is among the accusers. */
    private boolean allAccusers(List<ActorMention> subjects, Set<String> accusers) {
        for (ActorMention x : subjects) {
            if (!accusers.contains(x.code() == null ? speaker : x.code())) {
                return false;
            }
        }
        return true;
    }

    private boolean speakerAmong(List<ActorMention> subjects) {
        for (ActorMention s : subjects) {
            if (s.code() != null && s.code().equals(speaker)) {
                return true;
            }
        }
        return false;
    }

    private static int endOfSubjects(List<ActorMention> subjects, int otherwise) {
        int end = Integer.MIN_VALUE;
        for (ActorMention s : subjects) {
            end = Math.max(end, s.foldedEnd());
        }
        return subjects.isEmpty() ? otherwise : end;
    }

    /**
     * "중국 외교부는 미국 정부가 … 해킹했다고 주장한 데 대해 '근거 없는 모략'이라고 반박했다": subjects whose own accusing verb
     * stands between them and the denial word make the accusation that is rejected.
     */
    private static boolean accuseBefore(SentenceFacts facts, List<ActorMention> subjects, Match<Term> cue) {
        int subjectEnd = endOfSubjects(subjects, cue.foldedStart());
        for (Match<Term> t : facts.cues(TermKind.REPORTED_ATTRIBUTION)) {
            // its own verb: no other actor glued to it ("菲方的指责") owns it
            if (t.foldedStart() >= subjectEnd && t.foldedEnd() <= cue.foldedStart()
                    && !ownedByAnotherActor(facts, t, subjectEnd)) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownedByAnotherActor(SentenceFacts facts, Match<Term> verb, int subjectEnd) {
        for (ActorMention a : facts.actors()) {
            if (a.foldedStart() >= subjectEnd && a.foldedEnd() >= verb.foldedStart() - 1
                    && a.foldedStart() < verb.foldedEnd()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether one subject is the author of an accusation noun right before it and an attribution cue stands between the
     * subjects and the denial word: the subjects name the accusation and the accused of its clause.
     */
    private static boolean quotesAccusationClause(SentenceFacts facts, List<ActorMention> subjects, Match<Term> cue) {
        int subjectEnd = endOfSubjects(subjects, cue.foldedStart());
        boolean clause = false;
        for (Match<Term> t : facts.cues(TermKind.ATTRIBUTION)) {
            clause |= t.foldedStart() >= subjectEnd && t.foldedEnd() <= cue.foldedStart();
        }
        if (!clause) {
            return false;
        }
        for (ActorMention s : subjects) {
            if (namedAsAccusers(facts, List.of(s))) {
                return true;
            }
        }
        return false;
    }

    /** Whether every subject is the author of an accusation noun right before it ("Vorwürfe der Bundesregierung"). */
    private static boolean namedAsAccusers(SentenceFacts facts, List<ActorMention> subjects) {
        List<Match<Term>> nouns = facts.cues(TermKind.ACCORDING_TO);
        if (nouns.isEmpty()) {
            return false;
        }
        for (ActorMention s : subjects) {
            boolean named = false;
            for (Match<Term> n : nouns) {
                int gap = s.foldedStart() - n.foldedEnd();
                if (gap >= 0 && gap <= ACCUSER_AFTER_NOUN) {
                    named = true;
                }
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /**
     * "голословные обвинения официального Берлина", "rejette les accusations de Washington": an accusation noun in the
     * same phrase between the denial word and the actor after it makes that actor the author of what is rejected
     * ("infondées, selon Pékin": a comma ends the phrase, and Beijing is the one rejecting).
     */
    private boolean accusationNounBetween(SentenceFacts facts, Match<Term> cue, ActorMention after) {
        for (Match<Term> noun : facts.cues(TermKind.ACCORDING_TO)) {
            if (noun.foldedStart() >= cue.foldedEnd() && noun.foldedEnd() <= after.foldedStart()
                    && voices.lettersOnly(cue.foldedEnd(), after.foldedStart())) {
                return true;
            }
        }
        return false;
    }

    private static boolean ownClauseBetween(SentenceFacts facts, int from, int to) {
        return statementBetween(facts, from, to)
                && facts.actors().stream().anyMatch(a -> a.foldedStart() >= from && a.foldedEnd() <= to);
    }

    private static boolean statementBetween(SentenceFacts facts, int from, int to) {
        for (Match<Term> t : facts.terms()) {
            TermKind kind = t.payload().kind();
            if ((kind == TermKind.REPORTING || kind == TermKind.REPORTED_ATTRIBUTION) && t.foldedStart() >= from
                    && t.foldedEnd() <= to) {
                return true;
            }
        }
        return false;
    }

    /** Whether every subject is glued to a "so-called" between it and the denial cue ("美方所谓", "the UK's so-called"). */
    private static boolean soCalledBy(SentenceFacts facts, List<ActorMention> subjects, Match<Term> cue) {
        for (ActorMention s : subjects) {
            boolean glued = false;
            for (Match<Term> t : facts.cues(TermKind.SO_CALLED)) {
                int gap = t.foldedStart() - s.foldedEnd();
                if (gap >= 0 && gap <= SO_CALLED_GAP && t.foldedEnd() <= cue.foldedStart()) {
                    glued = true;
                }
            }
            if (!glued) {
                return false;
            }
        }
        return true;
    }

    /** The subject of an accuser cue, or failing one ("日本が…非難を行っている"), the nearest actor before it. */
    private Set<String> accusersOf(SentenceFacts facts, Match<Term> cue) {
        List<ActorMention> subjects = voices.subjectsBefore(facts, cue);
        ActorMention nearestState = nearestStateBefore(facts, cue.foldedStart());
        if (nearestState != null && subjects.stream().allMatch(s -> s.foldedEnd() < nearestState.foldedStart())) {
            // "日本が根拠のない非難を行っている": the state right before the accusation makes it, whatever form names it
            subjects = List.of(nearestState);
        }
        if (subjects.isEmpty()) {
            subjects = speakerBefore(facts, List.of(), cue.foldedStart());
        }
        Set<String> accusers = new LinkedHashSet<>();
        subjects.forEach(s -> accusers.add(s.code() == null ? speaker : s.code()));
        accusers.remove(null);
        return accusers;
    }

    private static ActorMention nearestStateBefore(SentenceFacts facts, int limit) {
        ActorMention nearest = null;
        for (ActorMention a : facts.actors()) {
            if (a.foldedEnd() <= limit && a.role().isState() && !a.location() && a.code() != null) {
                nearest = a;
            }
        }
        return nearest;
    }

    /**
     * The one rejecting an accusation whose clause ends right before the denial word: the actor before its subjects,
     * skipping those of the subjects' own state unless that state is the speaker (who may be named inside the clause as
     * the accused: "将APT41与中国政府挂钩，是…抹黑").
     */
    private List<ActorMention> otherSpeakerBefore(SentenceFacts facts, List<ActorMention> accusers, int limit) {
        List<ActorMention> before = speakerBefore(facts, accusers, limit);
        Set<String> codes = new LinkedHashSet<>();
        accusers.forEach(a -> codes.add(a.code()));
        if (before.isEmpty() || before.get(0).code() == null || !codes.contains(before.get(0).code())
                || codes.contains(speaker)) {
            return before;
        }
        int start = accusers.stream().mapToInt(ActorMention::foldedStart).min().orElse(limit);
        ActorMention nearest = null;
        for (ActorMention a : facts.actors()) {
            if (a.foldedEnd() <= start && a.role().canSpeak() && !a.location() && !codes.contains(a.code())) {
                nearest = a;
            }
        }
        return nearest == null ? before : List.of(nearest);
    }

    private static List<ActorMention> speakerBefore(SentenceFacts facts, List<ActorMention> accusers, int limit) {
        int start = accusers.stream().mapToInt(ActorMention::foldedStart).min().orElse(limit);
        ActorMention nearest = null;
        for (ActorMention a : facts.actors()) {
            if (a.foldedEnd() <= start && a.role().canSpeak() && !a.location()) {
                nearest = a;
            }
        }
        return nearest == null ? List.of() : List.of(nearest);
    }

    /**
     * "X makes groundless accusations against Y": X accuses, Y (a target after "against"/"对", before or after the cue)
     * rejects; with no target named, the speaker rejects, unless the speaker is the one accusing.
     */
    private Set<String> accusedBy(SentenceFacts facts, Match<Term> cue) {
        Set<String> accusers = accusersOf(facts, cue);
        Set<String> targets = new LinkedHashSet<>();
        for (ActorMention a : facts.actors()) {
            boolean near = a.foldedEnd() <= cue.foldedStart()
                    || a.foldedStart() >= cue.foldedEnd() && a.foldedStart() - cue.foldedEnd() <= ACCUSED_AFTER_REACH;
            if (near && a.location() && a.role().isState() && a.code() != null && !accusers.contains(a.code())) {
                targets.add(a.code());
            }
        }
        if (targets.isEmpty() && speaker != null && isState(speaker) && !accusers.contains(speaker)) {
            targets.add(speaker);
        }
        return targets;
    }

    /** The states or IGOs named as subjects of the sentence's condemnation verbs (not the speaker's voice). */
    private Set<String> explicitCondemners(SentenceFacts facts, Set<String> deniers) {
        Set<String> out = new LinkedHashSet<>();
        List<Match<Term>> accuserCues = facts.cues(TermKind.ACCUSER_DENIAL);
        for (Match<Term> cue : facts.cues(TermKind.CONDEMNATION)) {
            if (accuserCues.stream().anyMatch(a -> a.overlaps(cue)) || facts.cues(TermKind.DENIAL).stream()
                    .anyMatch(d -> d.overlaps(cue) && d.length() > cue.length())) {
                continue;
            }
            coordinatedSubjects(facts, cue).forEach(a -> {
                if (a.code() != null) {
                    out.add(a.code());
                }
            });
        }
        out.removeAll(deniers);
        return out;
    }

    private List<CondemnationTargets.Pending> condemnations(SentenceFacts facts, Set<String> deniers,
            String latestSponsor, List<Claim> produced, List<GroupHit> groups) {
        if (!facts.has(TermKind.CONDEMNATION)) {
            return List.of();
        }
        List<CondemnationTargets.Pending> out = new ArrayList<>();
        String sponsorHere = produced.stream().map(Claim::sponsor).filter(Objects::nonNull).findFirst().orElse(null);
        List<Match<Term>> accuserCues = facts.cues(TermKind.ACCUSER_DENIAL);
        for (Match<Term> cue : facts.cues(TermKind.CONDEMNATION)) {
            // "根拠のない非難を行っている": the accusation someone makes is not a condemnation by anyone; "a dénoncé des
            // accusations « absurdes »": a condemnation word inside a longer denial phrase rejects, it does not condemn
            if (accuserCues.stream().anyMatch(a -> a.overlaps(cue)) || facts.cues(TermKind.DENIAL).stream()
                    .anyMatch(d -> d.overlaps(cue) && d.length() > cue.length())) {
                continue;
            }
            Set<String> condemners = new LinkedHashSet<>();
            coordinatedSubjects(facts, cue).forEach(s -> condemners.add(s.code() == null ? speaker : s.code()));
            condemners.remove(null);
            if (condemners.isEmpty() && speaker != null) {
                condemners.add(speaker);
            }
            condemners.removeAll(deniers);
            List<String> namedAfterVerb = namedAfter(facts, cue, condemners);
            for (String condemner : condemners) {
                for (String named : namedAfterVerb) {
                    out.add(new CondemnationTargets.Pending(condemner, sponsorHere, named, groups, latestSponsor,
                            facts));
                }
            }
        }
        return out;
    }

    /**
     * The subjects of a statement verb: those of a coordinated verb before it, and those of the statement verb that
     * stands between it and its nearest subject ("英国政府…还称中国…入侵了…，并宣布…实施制裁": who announces sanctions).
     */
    private List<ActorMention> chainedSubjects(SentenceFacts facts, Match<Term> cue) {
        List<ActorMention> subjects = coordinatedSubjects(facts, cue);
        if (subjects.isEmpty()) {
            return subjects;
        }
        int subjectEnd = subjects.stream().mapToInt(ActorMention::foldedEnd).max().orElse(0);
        Match<Term> between = null;
        for (Match<Term> t : facts.terms()) {
            if (VOICE_CUES.contains(t.payload().kind()) && t.foldedStart() >= subjectEnd
                    && t.foldedEnd() <= cue.foldedStart() && !t.overlaps(cue)) {
                between = t;
            }
        }
        if (between == null) {
            return subjects;
        }
        List<ActorMention> governing = coordinatedSubjects(facts, between);
        return governing.isEmpty() ? subjects : governing;
    }

    /**
     * "Washington respaldó la conclusión de Tirana y condenó el ataque": a verb right after a conjunction shares the
     * subject of the verb before it; the actor in between belongs to that verb's object.
     */
    private List<ActorMention> coordinatedSubjects(SentenceFacts facts, Match<Term> cue) {
        List<ActorMention> subjects = voices.subjectsBefore(facts, cue);
        if (subjects.isEmpty() || !facts.has(TermKind.CONJUNCTION)) {
            return subjects;
        }
        boolean coordinated = false;
        for (Match<Term> c : facts.terms()) {
            if (c.payload().kind() == TermKind.CONJUNCTION && c.foldedEnd() <= cue.foldedStart()
                    && cue.foldedStart() - c.foldedEnd() <= 1 && c.foldedStart() >= subjects.get(0).foldedEnd()) {
                coordinated = true;
            }
        }
        if (!coordinated) {
            return subjects;
        }
        Match<Term> previousVerb = null;
        for (Match<Term> t : facts.terms()) {
            if (VOICE_CUES.contains(t.payload().kind()) && t.foldedEnd() <= subjects.get(0).foldedStart()) {
                previousVerb = t;
            }
        }
        if (previousVerb == null) {
            return subjects;
        }
        List<ActorMention> shared = voices.subjectsBefore(facts, previousVerb);
        return shared.isEmpty() ? subjects : shared;
    }

    /**
     * The first state named after a condemnation verb and the states listed with it ("осуждает действия Вашингтона и
     * Лондона"); a single null when none is.
     */
    private List<String> namedAfter(SentenceFacts facts, Match<Term> cue, Set<String> condemners) {
        ActorMention first = null;
        List<ActorMention> list = List.of();
        int from = cue.foldedEnd();
        for (ActorMention a : facts.actors()) {
            if (a.foldedStart() >= from && a.role().isState() && !a.location() && a.code() != null
                    && !condemners.contains(a.code())) {
                list = voices.listFrom(facts, a);
                int listEnd = list.get(list.size() - 1).foldedEnd();
                if (!speaksRightAfter(facts, listEnd)) {
                    first = a;
                    break;
                }
                // "… as detailed in the national statements both Allies published": the subject of a statement
                // verb speaks, it is not what is condemned
                from = listEnd;
            }
        }
        if (first == null) {
            return java.util.Collections.singletonList(null);
        }
        List<String> named = new ArrayList<>(2);
        named.add(first.code());
        for (ActorMention a : list) {
            if (a.code() != null && a.role().isState() && !a.location() && !condemners.contains(a.code())
                    && !named.contains(a.code())) {
                named.add(a.code());
            }
        }
        return named;
    }

    /** Whether a statement verb starts at most one space after {@code end}. */
    private static boolean speaksRightAfter(SentenceFacts facts, int end) {
        return facts.terms().stream().anyMatch(t -> VOICE_CUES.contains(t.payload().kind())
                && t.foldedStart() >= end && t.foldedStart() - end <= 1);
    }

    private static String latestSponsor(List<Claim> claims) {
        for (int i = claims.size() - 1; i >= 0; i--) {
            if (claims.get(i).sponsor() != null) {
                return claims.get(i).sponsor();
            }
        }
        return null;
    }

    private Denial denial(String denier, GroupHit group, SentenceFacts facts) {
        return new Denial(denier, group == null ? null : group.name(), group == null ? null : group.id(),
                facts.sentence().text(), provenance(DENIAL, facts));
    }

    /**
     * Sponsor inherited from another attribution of the same group, self-attributions and empty claims dropped, a
     * sponsorless claim dropped when the same attributor names the group's sponsor elsewhere, co-signers of a joint
     * statement added, duplicates removed.
     */
    private List<Claim> settle(List<Claim> claims, List<SentenceFacts> sentences, Set<String> coVoices,
            Set<Claim> echoes) {
        List<Claim> withSponsors = new ArrayList<>();
        for (Claim c : claims) {
            Claim settled = c;
            if (c.group() != null && c.sponsor() == null) {
                String inherited = claims.stream()
                        .filter(o -> o.sponsor() != null && c.groupKey().equals(o.groupKey()))
                        .map(Claim::sponsor).findFirst().orElse(null);
                String told = inherited == null ? sponsorToldJustBefore(c, claims, sentences) : null;
                if (inherited != null && !inherited.equals(c.attributor())) {
                    settled = c.withSponsor(inherited);
                } else if (told != null) {
                    settled = c.withSponsor(told);
                } else if (inherited != null && echoes.contains(c)) {
                    // "중국 외교부는 … 미국 정부가 제기한 중국 해킹조직 볼트 타이푼 … 의혹": a state does not hold its own
                    // group responsible; the group is the one others accuse it of running
                    continue;
                }
            }
            if (settled.sponsor() != null && accusedOver(settled, claims)) {
                // "볼트 타이푼은 랜섬웨어 조직일 뿐 … 미국이야말로 최대의 해킹 제국": the state others accuse over the group
                // counter-accuses its accuser of cyberattacks in general, not of running that group
                settled = new Claim(settled.attributor(), null, settled.sponsor(), settled.confidence(),
                        settled.sentence(), settled.rule());
            }
            if ((settled.group() != null || settled.sponsor() != null) && !settled.attributor().equals(settled.sponsor())) {
                withSponsors.add(settled);
            }
        }
        List<Claim> all = new ArrayList<>(withSponsors);
        Set<String> cosigners = cosigners(sentences);
        cosigners.addAll(coVoices);
        cosigners.remove(speaker);
        // "警察庁は、FBI…と共に、北朝鮮当局の下部組織とされる…": a state the text holds responsible co-signs nothing
        cosigners.removeIf(c -> withSponsors.stream().anyMatch(o -> c.equals(o.sponsor())));
        for (String cosigner : cosigners) {
            for (Claim c : withSponsors) {
                if (c.attributor().equals(speaker) && !cosigner.equals(c.sponsor())) {
                    all.add(c.withAttributor(cosigner, JOINT));
                }
            }
        }
        // after the co-signers' copies: a co-signer's own group-less claim is settled like the speaker's
        all.removeIf(c -> c.sponsor() == null && all.stream().anyMatch(o -> o.sponsor() != null
                && o.attributor().equals(c.attributor()) && Objects.equals(o.groupKey(), c.groupKey())));
        // "X attributes this campaign to Russia" before X's "APT28, sponsored by Russia" names who did it, unless the
        // text says the group's activity is another one ("Separately, ...", "d'autres activités")
        withoutSameActivity(all, sentences);
        Map<String, Claim> distinct = new LinkedHashMap<>();
        for (Claim c : all) {
            distinct.putIfAbsent(c.attributor() + "|" + c.groupKey() + "|" + c.sponsor(), c);
        }
        return List.copyOf(distinct.values());
    }

    /**
     * "… hicieron pública su atribución … a la unidad 29155 del servicio de inteligencia militar ruso. Según ambos
     * gobiernos, esta unidad opera el grupo conocido como Cadet Blizzard": a group the attributor names without a
     * sponsor, right after its group-less claim on one state, is that state's, unless the sentence marks another
     * activity.
     */
    private static String sponsorToldJustBefore(Claim c, List<Claim> claims, List<SentenceFacts> sentences) {
        int at = c.sentence().index();
        if (at <= 0 || at >= sentences.size() || sentences.get(at).has(TermKind.SEPARATE_ACTIVITY)) {
            return null;
        }
        List<String> sponsors = claims.stream()
                .filter(o -> o.group() == null && o.sponsor() != null && o.attributor().equals(c.attributor())
                        && o.sentence().index() == at - 1 && !o.sponsor().equals(c.attributor()))
                .map(Claim::sponsor).distinct().toList();
        return sponsors.size() == 1 ? sponsors.get(0) : null;
    }

    /** Whether a claim told before this one holds this claim's attributor responsible for this claim's group. */
    private static boolean accusedOver(Claim c, List<Claim> claims) {
        if (c.group() == null) {
            return false;
        }
        for (Claim o : claims) {
            if (c.attributor().equals(o.sponsor()) && c.groupKey().equals(o.groupKey())
                    && o.sentence().index() < c.sentence().index()) {
                return true;
            }
        }
        return false;
    }

    private static void withoutSameActivity(List<Claim> claims, List<SentenceFacts> sentences) {
        List<Claim> snapshot = List.copyOf(claims);
        claims.removeIf(c -> c.group() == null && snapshot.stream().anyMatch(o -> o.group() != null
                && o.attributor().equals(c.attributor()) && Objects.equals(o.sponsor(), c.sponsor())
                && namesTheSameActivity(c, o, sentences)));
    }

    /**
     * Whether a group-less claim is the grouped claim's activity: told in the same sentence, in the headline, earlier
     * with no "separately" marker up to the grouped claim, or later in the very next sentence or one that condemns it.
     */
    private static boolean namesTheSameActivity(Claim groupless, Claim grouped, List<SentenceFacts> sentences) {
        int from = groupless.sentence().index();
        int to = grouped.sentence().index();
        if (from == to || from == HEADLINE) {
            return true;
        }
        if (to < from) {
            // "Belgium condemns these activities, carried out from Chinese territory": the condemned acts are the
            // ones told before; "…해킹이 북한 소행으로 공식 확인된 것은 이번이 처음이다" right after the sentence naming the
            // groups retells their deed (a headline names everything, so not the one after it); a group-less attribution further on
            // is another activity
            return sentences.get(from).has(TermKind.CONDEMNATION)
                    || from == to + 1 && to != HEADLINE && !sentences.get(from).has(TermKind.SEPARATE_ACTIVITY);
        }
        for (int i = from + 1; i <= to && i < sentences.size(); i++) {
            if (sentences.get(i).has(TermKind.SEPARATE_ACTIVITY)) {
                return false;
            }
        }
        return true;
    }

    private Set<String> cosigners(List<SentenceFacts> sentences) {
        Set<String> cosigners = new LinkedHashSet<>();
        for (SentenceFacts facts : sentences) {
            if (facts.has(TermKind.JOINT_STATEMENT)) {
                facts.actors().stream()
                        .filter(a -> a.role().canSpeak() && !a.location() && a.code() != null)
                        .map(ActorMention::code)
                        .forEach(cosigners::add);
            }
        }
        cosigners.remove(speaker);
        return cosigners;
    }

    private static Confidence confidence(SentenceFacts facts) {
        List<Match<Term>> all = facts.cues(TermKind.HEDGE);
        if (all.isEmpty()) {
            return Confidence.ASSERTED;
        }
        int anchor = 0;
        for (Match<Term> t : facts.terms()) {
            if (t.payload().kind() == TermKind.ATTRIBUTION || t.payload().kind() == TermKind.REPORTED_ATTRIBUTION) {
                anchor = t.foldedStart();
                break;
            }
        }
        // the hedge nearest the first attribution cue, the first on a tie; "fort probable" holds "probable": the
        // longer hedge is the one meant
        Match<Term> nearest = null;
        for (Match<Term> h : all) {
            if (!h.insideALongerOne(all)
                    && (nearest == null || Math.abs(h.foldedStart() - anchor) < Math.abs(nearest.foldedStart() - anchor))) {
                nearest = h;
            }
        }
        return nearest == null ? Confidence.ASSERTED : Confidence.valueOf(nearest.payload().value());
    }

    private Attribution attribution(Claim c) {
        Stance stance = c.attributor().equals(speaker) ? Stance.OWN : Stance.REPORTED;
        return new Attribution(c.attributor(), c.group() == null ? null : c.group().name(),
                c.group() == null ? null : c.group().id(), c.sponsor(), stance, c.confidence(), c.sentence().text(),
                new Provenance(c.rule(), c.sentence().start(), c.sentence().end()));
    }

    private List<Naming> namings(List<Claim> claims, List<Denial> denials) {
        List<Naming> out = new ArrayList<>();
        for (Claim c : claims) {
            if (c.group() != null) {
                Stance stance = c.attributor().equals(speaker) ? Stance.OWN : Stance.REPORTED;
                out.add(new Naming(c.attributor(), c.group().name(), c.group().id(), NamingKind.ATTRIBUTION, stance,
                        c.sponsor(), c.confidence(), c.sentence().text()));
            }
        }
        for (Denial d : denials) {
            if (d.group() != null) {
                Stance stance = d.denier().equals(speaker) ? Stance.OWN : Stance.REPORTED;
                out.add(new Naming(d.denier(), d.group(), d.groupId(), NamingKind.DENIAL, stance, null, null,
                        d.evidence()));
            }
        }
        return out;
    }

    /**
     * "Singapore names UNC3886 … the Chinese embassy rejected any linking of cyberattacks to China": a group-less denial
     * by the state the gazetteer gives as the sponsor of a group the text holds responsible without naming a sponsor
     * answers the link the text leaves implied.
     */
    private static boolean deniesForItsGroup(Denial d, List<Claim> claims) {
        return d.group() == null && claims.stream().anyMatch(c -> c.group() != null && c.sponsor() == null
                && c.group().known() && d.denier().equals(c.group().group().sponsor()));
    }

    /** "X rejects linking group G to X" answers an accusation even when no attribution in the text names a sponsor. */
    private static boolean deniesUnsponsoredGroup(Denial d, List<Claim> claims) {
        return d.groupId() != null && claims.stream()
                .noneMatch(c -> c.group() != null && d.groupId().equals(c.group().id()) && c.sponsor() != null);
    }

    /**
     * The deniers whose answered group-less accusation is still one once the text is settled: "atribuyen a piratas
     * norcoreanos el robo" is no accusation of its own when the same accuser names Lazarus for the theft later.
     */
    private static Set<String> stillGroupless(Map<String, List<Claim>> answered, List<Claim> finalClaims) {
        Set<String> out = new LinkedHashSet<>();
        answered.forEach((denier, accusations) -> {
            if (accusations.stream().anyMatch(a -> finalClaims.stream().anyMatch(c -> c.group() == null
                    && c.attributor().equals(a.attributor()) && Objects.equals(c.sponsor(), a.sponsor())))) {
                out.add(denier);
            }
        });
        return out;
    }

    /**
     * A denier's bare "groundless accusations" says nothing more than the same denier's denial about a group, unless
     * it answers an accusation that named no group.
     */
    private static List<Denial> withoutGrouplessDenials(List<Denial> denials, Set<String> answersGrouplessAccusation) {
        List<Denial> kept = new ArrayList<>(denials.size());
        for (Denial d : denials) {
            if (d.group() != null || answersGrouplessAccusation.contains(d.denier()) || !deniesAGroup(denials, d.denier())) {
                kept.add(d);
            }
        }
        return kept;
    }

    private static boolean deniesAGroup(List<Denial> denials, String denier) {
        for (Denial o : denials) {
            if (o.group() != null && o.denier().equals(denier)) {
                return true;
            }
        }
        return false;
    }

    private static List<Condemnation> dedupe(List<Condemnation> condemnations) {
        Map<String, Condemnation> distinct = new LinkedHashMap<>();
        condemnations.forEach(c -> distinct.putIfAbsent(c.condemner() + "|" + c.target(), c));
        // "X condemns these acts" next to "X condemns China": the targeted one says it all
        distinct.values().removeIf(c -> c.target() == null && distinct.values().stream()
                .anyMatch(o -> o.target() != null && o.condemner().equals(c.condemner())));
        return List.copyOf(distinct.values());
    }

    private static boolean isState(String code) {
        return code.length() == 2 && !code.equals("EU") && !code.equals("UN") && !code.equals("G7");
    }

    private static Provenance provenance(String rule, SentenceFacts facts) {
        return new Provenance(rule, facts.sentence().start(), facts.sentence().end());
    }
}
