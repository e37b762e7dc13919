package org.demarche.analysis.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text report of an evaluation: a table per field, one per language, and optionally the errors. */
public final class EvaluationReport {

    private EvaluationReport() {
    }

    public static String format(CorpusEvaluation.Result result, boolean showErrors) {
        Scorer scorer = result.scorer();
        Scores overall = scorer.overall();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "corpora %s: %d statements, %d failed analyses%n",
                String.join(", ", result.corpora()), overall.statements(), result.failures().size()));
        out.append(String.format(Locale.ROOT, "%-14s %7s %7s %7s %5s %5s %5s%n",
                "field", "P", "R", "F1", "tp", "fp", "fn"));
        for (Field field : Field.values()) {
            Counts c = overall.counts(field);
            out.append(String.format(Locale.ROOT, "%-14s %7.3f %7.3f %7.3f %5d %5d %5d%n", field.key(),
                    c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives()));
        }
        appendRatio(out, "speaker", overall.speaker(), "statements");
        appendRatio(out, "language", overall.language(), "statements");
        appendRatio(out, "stance", overall.stance(), "matched attributions");

        out.append(String.format(Locale.ROOT, "%nper language (F1; accuracies)%n"));
        out.append(String.format(Locale.ROOT, "%-5s %4s %7s %7s %7s %7s %7s %8s %8s %7s%n", "lang", "n",
                "groups", "attr", "cond", "denial", "alert", "speaker", "language", "stance"));
        for (Map.Entry<String, Scores> entry : scorer.byLanguage().entrySet()) {
            Scores s = entry.getValue();
            out.append(String.format(Locale.ROOT, "%-5s %4d %7.3f %7.3f %7.3f %7.3f %7.3f %8.3f %8.3f %7.3f%n",
                    entry.getKey(), s.statements(), s.counts(Field.GROUPS).f1(), s.counts(Field.ATTRIBUTIONS).f1(),
                    s.counts(Field.CONDEMNATIONS).f1(), s.counts(Field.DENIALS).f1(), s.counts(Field.ALERT).f1(),
                    s.speaker().value(), s.language().value(), s.stance().value()));
        }
        for (String failure : result.failures()) {
            out.append("failed: ").append(failure).append(System.lineSeparator());
        }
        if (showErrors) {
            appendErrors(out, scorer.errors());
        }
        return out.toString();
    }

    private static void appendRatio(StringBuilder out, String name, Ratio ratio, String over) {
        out.append(String.format(Locale.ROOT, "%-14s accuracy %.3f (%d/%d %s)%n", name, ratio.value(), ratio.hits(),
                ratio.trials(), over));
    }

    private static void appendErrors(StringBuilder out, List<StatementErrors> errors) {
        out.append(String.format(Locale.ROOT, "%nerrors (%d statements)%n", errors.size()));
        for (StatementErrors e : errors) {
            out.append(String.format(Locale.ROOT, "%s [%s] alert gold=%s predicted=%s speaker gold=%s predicted=%s%s%n",
                    e.statementId(), e.language(), e.goldAlert(), e.predictedAlert(), e.goldSpeaker(),
                    e.predictedSpeaker(), e.speakerCorrect() ? "" : " (wrong)"));
            for (Field field : Field.values()) {
                if (field == Field.ALERT) {
                    continue;
                }
                appendItems(out, "missing", field, e.missing().get(field));
                appendItems(out, "extra", field, e.extra().get(field));
            }
        }
    }

    private static void appendItems(StringBuilder out, String what, Field field, List<String> items) {
        if (items != null && !items.isEmpty()) {
            out.append(String.format(Locale.ROOT, "    %-7s %-13s %s%n", what, field.key(), String.join(" ", items)));
        }
    }
}
