package org.demarche.analysis.evaluation;

import java.util.Locale;

/** The tuples compared between gold and prediction; codes upper-cased, groups reduced to their cluster. */
final class LabelKeys {

    private LabelKeys() {
    }

    record AttributionKey(String attributor, String group, String sponsor) {
        @Override
        public String toString() {
            return "(" + attributor + ", " + group + ", " + sponsor + ")";
        }
    }

    record CondemnationKey(String condemner, String target) {
        @Override
        public String toString() {
            return "(" + condemner + ", " + target + ")";
        }
    }

    record DenialKey(String denier, String group) {
        @Override
        public String toString() {
            return "(" + denier + ", " + group + ")";
        }
    }

    static String code(String code) {
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
