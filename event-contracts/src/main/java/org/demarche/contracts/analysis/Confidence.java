package org.demarche.contracts.analysis;

/** The UK probability yardstick, weakest first, plus ASSERTED for a flat claim without a hedge. */
public enum Confidence {
    REMOTE_CHANCE, HIGHLY_UNLIKELY, UNLIKELY, REALISTIC_POSSIBILITY, LIKELY, HIGHLY_LIKELY, ALMOST_CERTAIN, ASSERTED
}
