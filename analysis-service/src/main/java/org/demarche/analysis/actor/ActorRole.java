package org.demarche.analysis.actor;

/** How a text refers to a state or IGO; the order is the preference when choosing a sponsor (strongest last). */
public enum ActorRole {
    /** First-person voice of the publisher ("we", "nous"): stands for the speaker. */
    SPEAKER,
    /** An adjective or demonym alone ("Chinese", "russes"). */
    DEMONYM,
    /** The state's name ("China", "le Japon"). */
    STATE,
    /** A capital or seat standing for the government ("Beijing", "the Kremlin"). */
    CAPITAL,
    /** A government body or official ("Foreign Office", "NCSC", "FBI"). */
    BODY,
    /** An intergovernmental body (EU, NATO, G7, UN, ASEAN). */
    IGO,
    /** A demonym or name tied to a government noun ("the Chinese government", "Russian intelligence"). */
    GOVERNMENT,
    /** A state agency that governments name as a sponsor (GRU, MSS, PLA Unit 61419). */
    AGENCY;

    /** Roles that can be a voice: the subject of a statement, condemnation, denial or attribution. */
    public boolean canSpeak() {
        return this != DEMONYM && this != AGENCY;
    }

    public boolean isState() {
        return this != IGO && this != SPEAKER;
    }
}
