package org.demarche.analysis.match;

/** How the case of the text must look for a phrase to match (folding makes matching case-blind otherwise). */
public enum CaseRule {
    /** Any case. */
    ANY,
    /** The first letter as written is upper case (proper names: "Tick", not "tick"). */
    CAPITALIZED,
    /** Every letter has the case it has in the phrase ("US" but not "us", "UN" but not "un"). */
    EXACT
}
