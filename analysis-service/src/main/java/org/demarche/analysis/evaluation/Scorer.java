package org.demarche.analysis.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.demarche.analysis.evaluation.LabelKeys.AttributionKey;
import org.demarche.contracts.StatementAnalyzed;

/**
 * Compares analyses with gold labels, statement by statement, and accumulates precision/recall/F1 per field and
 * accuracies, overall and per language. Groups are compared as clusters, so an alias and the canonical name of a
 * group count as the same group.
 */
public final class Scorer {

    private final GroupClusters clusters;
    private final Scores overall = new Scores();
    private final Map<String, Scores> byLanguage = new TreeMap<>();
    private final List<StatementErrors> errors = new ArrayList<>();

    public Scorer(GroupClusters clusters) {
        this.clusters = clusters;
    }

    /** Scores one statement (the analysis may be null when the analyzer failed: everything then counts as missed). */
    public StatementErrors add(Corpus.Statement statement, StatementAnalyzed analysis) {
        Labels gold = Labels.ofGold(statement, clusters);
        Labels predicted = analysis == null ? Labels.empty() : Labels.ofAnalysis(analysis, clusters);
        Scores languageScores = byLanguage.computeIfAbsent(gold.language(), l -> new Scores());

        Map<Field, Set<?>> goldSets = sets(gold);
        Map<Field, Set<?>> predictedSets = sets(predicted);
        Map<Field, List<String>> missing = new EnumMap<>(Field.class);
        Map<Field, List<String>> extra = new EnumMap<>(Field.class);
        boolean anyFieldWrong = false;
        for (Field field : Field.values()) {
            Set<Object> goldSet = cast(goldSets.get(field));
            Set<Object> predictedSet = cast(predictedSets.get(field));
            overall.counts(field).add(goldSet, predictedSet);
            languageScores.counts(field).add(goldSet, predictedSet);
            missing.put(field, difference(goldSet, predictedSet));
            extra.put(field, difference(predictedSet, goldSet));
            anyFieldWrong |= !goldSet.equals(predictedSet);
        }

        boolean speakerCorrect = gold.speakerMatches(predicted);
        boolean languageCorrect = gold.language().equals(predicted.language());
        for (Scores scores : List.of(overall, languageScores)) {
            scores.speaker().add(speakerCorrect);
            scores.language().add(languageCorrect);
        }
        for (AttributionKey matched : gold.attributions()) {
            if (predicted.attributions().contains(matched)) {
                boolean sameStance = gold.stances().get(matched).equals(predicted.stances().get(matched));
                overall.stance().add(sameStance);
                languageScores.stance().add(sameStance);
            }
        }

        StatementErrors result = new StatementErrors(statement.id(), gold.language(), missing, extra, gold.alert(),
                predicted.alert(), describeSpeaker(gold), describeSpeaker(predicted), speakerCorrect);
        if (anyFieldWrong || !speakerCorrect) {
            errors.add(result);
        }
        return result;
    }

    public Scores overall() {
        return overall;
    }

    /** Scores per two-letter language, sorted by language. */
    public Map<String, Scores> byLanguage() {
        return Collections.unmodifiableMap(byLanguage);
    }

    /** Statements with at least one wrong field or a wrong speaker, in scoring order. */
    public List<StatementErrors> errors() {
        return List.copyOf(errors);
    }

    private static Map<Field, Set<?>> sets(Labels labels) {
        Map<Field, Set<?>> sets = new EnumMap<>(Field.class);
        sets.put(Field.GROUPS, labels.groups());
        sets.put(Field.ATTRIBUTIONS, labels.attributions());
        sets.put(Field.CONDEMNATIONS, labels.condemnations());
        sets.put(Field.DENIALS, labels.denials());
        sets.put(Field.ALERT, labels.alert() ? Set.of(Boolean.TRUE) : Set.of());
        return sets;
    }

    @SuppressWarnings("unchecked")
    private static Set<Object> cast(Set<?> set) {
        return (Set<Object>) set;
    }

    private static List<String> difference(Set<Object> from, Set<Object> minus) {
        Set<String> out = new TreeSet<>();
        for (Object item : from) {
            if (!minus.contains(item)) {
                out.add(String.valueOf(item));
            }
        }
        return List.copyOf(out);
    }

    private static String describeSpeaker(Labels labels) {
        return labels.speakerCode() == null ? labels.speakerKind() : labels.speakerCode();
    }
}
