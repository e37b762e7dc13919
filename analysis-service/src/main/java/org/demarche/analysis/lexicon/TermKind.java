package org.demarche.analysis.lexicon;

/** What a lexicon phrase stands for; {@link #section} is its key in a lexicon file. */
public enum TermKind {
    // actors (value = ISO alpha-2 or IGO code)
    STATE("states", true),
    DEMONYM("demonyms", true),
    CAPITAL("capitals", true),
    BODY("bodies", true),
    IGO("igos", true),
    AGENCY("agencies", true),
    PUBLISHER("publishers", true),
    // value = Confidence name
    HEDGE("confidence", true),
    // value = IGO code: "We, the G7 foreign ministers" opens the collective voice of that body
    COLLECTIVE_VOICE("collectiveVoices", true),
    // plain word lists
    SPEAKER_PRONOUN("speakerPronouns", false),
    BODY_NOUN("bodyNouns", false),
    OFFICIAL_MARKER("officialMarkers", false),
    LOCATION_PREFIX("locationPrefixes", false),
    // "against", "contre", "gegen": the first state of the noun phrase after it is a victim, even a few words on
    VICTIM_PREFIX("victimPrefixes", false),
    // "に対する攻撃", "에 대한 공격": the state right before it is the victim (ja/ko put the target first)
    VICTIM_SUFFIX("victimSuffixes", false),
    PARTNER_PREFIX("partnerPrefixes", false),
    CONJUNCTION("conjunctions", false),
    // "its agencies", "ses services", "dessen Geheimdienst": a government of the state last named
    POSSESSIVE_BODY("possessiveBodies", false),
    // "both Allies", "les deux pays", "両国": the last two states named, as one subject
    PAIR_ANAPHORA("pairAnaphora", false),
    // "the United States and its allies", "美国及其盟友": the states named stand for unnamed others too
    ALLIED_OTHERS("alliedOthers", false),
    // "dezelfde dienst", "the same service": the state agency named last before it, as a sponsor
    AGENCY_ANAPHORA("agencyAnaphora", false),
    // cues (inside "cues")
    ATTRIBUTION("attribution", false),
    REPORTING("reporting", false),
    REPORTED_ATTRIBUTION("reportedAttribution", false),
    SAME_ASSESSMENT("sameAssessment", false),
    ACCORDING_TO("accordingTo", false),
    NEGATION("negation", false),
    HYPOTHETICAL("hypothetical", false),
    CONDEMNATION("condemnation", false),
    DENIAL("denial", false),
    GROUP_INTRODUCTION("groupIntroduction", false),
    CYBER_CONTEXT("cyberContext", false),
    GROUP_ANAPHORA("groupAnaphora", false),
    JOINT_STATEMENT("jointStatement", false),
    NON_STATE_SUBJECT("nonStateSubjects", false),
    SEPARATE_ACTIVITY("separateActivity", false),
    // "not to tolerate that such operations be conducted from": attribution cues after it state a norm, not a fact
    NORM_CLAUSE("normClause", false),
    // "makes groundless accusations against others": the subject is the accuser, not the one denying
    ACCUSER_DENIAL("accuserDenial", false),
    // "expelled diplomats", "imposed sanctions": attribution cues that are a response to an attribution already made
    MEASURE("measures", false),
    // "美方所谓起诉…是污蔑", "the UK's so-called evidence": the actor glued before it is the accuser, not the one rejecting
    SO_CALLED("soCalled", false),
    // "Zwei Jahre nach …", "Am Freitag …" opening a sentence: with the verb second, the subject follows the verb
    FRONTED_OPENER("frontedOpeners", false);

    private final String section;
    private final boolean coded;

    TermKind(String section, boolean coded) {
        this.section = section;
        this.coded = coded;
    }

    public String section() {
        return section;
    }

    /** Whether the section maps codes to phrase lists rather than being a plain list. */
    public boolean coded() {
        return coded;
    }

    public boolean isCue() {
        return ordinal() >= ATTRIBUTION.ordinal();
    }

    public boolean isActor() {
        return ordinal() <= AGENCY.ordinal() || this == SPEAKER_PRONOUN;
    }
}
