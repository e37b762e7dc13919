package org.demarche.analysis.evaluation;

import java.util.Locale;

/** The set-valued fields scored with precision, recall and F1. */
public enum Field {
    GROUPS, ATTRIBUTIONS, CONDEMNATIONS, DENIALS, ALERT;

    /** Lower-case name used in reports and threshold keys. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
