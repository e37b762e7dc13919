package org.demarche.contracts.analysis;

/** OWN: the speaker's own position; REPORTED: the text reports another state's or IGO's position. */
public enum Stance {
    OWN, REPORTED
}
