package org.demarche.analysis.evaluation;

import java.util.List;
import java.util.Map;

/**
 * What the analyzer got wrong on one statement: per field, the gold items it missed and the items it added.
 * Items are printed tuples with groups as clusters ({@code ?name} for a group the gazetteer lacks).
 */
public record StatementErrors(
        String statementId,
        String language,
        Map<Field, List<String>> missing,
        Map<Field, List<String>> extra,
        boolean goldAlert,
        boolean predictedAlert,
        String goldSpeaker,
        String predictedSpeaker,
        boolean speakerCorrect) {
}
