package org.demarche.analysis.evaluation;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.demarche.analysis.evaluation.LabelKeys.AttributionKey;
import org.demarche.analysis.evaluation.LabelKeys.CondemnationKey;
import org.demarche.analysis.evaluation.LabelKeys.DenialKey;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Condemnation;
import org.demarche.contracts.analysis.Denial;
import org.demarche.contracts.analysis.GroupMention;

/**
 * One side (gold or predicted) of a statement, reduced to comparable sets.
 *
 * @param speakerKind STATE, IGO or NON_STATE; a missing kind counts as NON_STATE
 * @param language    two-letter lower-case language, or "" when absent
 * @param stances     stance of each attribution tuple (the last one wins when a tuple repeats)
 */
record Labels(
        String speakerCode,
        String speakerKind,
        String language,
        Set<String> groups,
        Set<AttributionKey> attributions,
        Map<AttributionKey, String> stances,
        Set<CondemnationKey> condemnations,
        Set<DenialKey> denials,
        boolean alert) {

    private static final String NON_STATE = "NON_STATE";

    static Labels ofGold(Corpus.Statement statement, GroupClusters clusters) {
        Corpus.Gold gold = statement.gold();
        Set<String> groups = new LinkedHashSet<>();
        gold.groups().forEach(name -> groups.add(clusters.cluster(name)));
        Set<AttributionKey> attributions = new LinkedHashSet<>();
        Map<AttributionKey, String> stances = new HashMap<>();
        for (Corpus.GoldAttribution a : gold.attributions()) {
            AttributionKey key = new AttributionKey(LabelKeys.code(a.attributor()), clusters.cluster(a.group()),
                    LabelKeys.code(a.sponsor()));
            attributions.add(key);
            stances.put(key, upper(a.stance()));
        }
        Set<CondemnationKey> condemnations = new LinkedHashSet<>();
        gold.condemnations().forEach(c -> condemnations.add(
                new CondemnationKey(LabelKeys.code(c.condemner()), LabelKeys.code(c.target()))));
        Set<DenialKey> denials = new LinkedHashSet<>();
        gold.denials().forEach(d -> denials.add(new DenialKey(LabelKeys.code(d.denier()), clusters.cluster(d.group()))));
        return new Labels(LabelKeys.code(gold.speaker().code()), kindOrNonState(gold.speaker().kind()),
                twoLetters(statement.language()), groups, attributions, stances, condemnations, denials,
                gold.alert());
    }

    static Labels ofAnalysis(StatementAnalyzed analysis, GroupClusters clusters) {
        Set<String> groups = new LinkedHashSet<>();
        for (GroupMention mention : analysis.groups()) {
            groups.add(clusters.cluster(firstPresent(mention.name(), mention.mention(), mention.id())));
        }
        Set<AttributionKey> attributions = new LinkedHashSet<>();
        Map<AttributionKey, String> stances = new HashMap<>();
        for (Attribution a : analysis.attributions()) {
            AttributionKey key = new AttributionKey(LabelKeys.code(a.attributor()), clusters.cluster(a.group()),
                    LabelKeys.code(a.sponsor()));
            attributions.add(key);
            stances.put(key, a.stance() == null ? "" : a.stance().name());
        }
        Set<CondemnationKey> condemnations = new LinkedHashSet<>();
        for (Condemnation c : analysis.condemnations()) {
            condemnations.add(new CondemnationKey(LabelKeys.code(c.condemner()), LabelKeys.code(c.target())));
        }
        Set<DenialKey> denials = new LinkedHashSet<>();
        for (Denial d : analysis.denials()) {
            denials.add(new DenialKey(LabelKeys.code(d.denier()), clusters.cluster(d.group())));
        }
        String speakerCode = analysis.speaker() == null ? null : LabelKeys.code(analysis.speaker().code());
        String speakerKind = analysis.speaker() == null || analysis.speaker().kind() == null ? NON_STATE
                : analysis.speaker().kind().name();
        return new Labels(speakerCode, speakerKind, twoLetters(analysis.language()), groups, attributions, stances,
                condemnations, denials, !analysis.namings().isEmpty());
    }

    /** What a failed analysis amounts to: no voice, no language, nothing found. */
    static Labels empty() {
        return new Labels(null, NON_STATE, "", Set.of(), Set.of(), Map.of(), Set.of(), Set.of(), false);
    }

    /** Same code, and a voice without a code must be a non-state one. */
    boolean speakerMatches(Labels predicted) {
        return Objects.equals(speakerCode, predicted.speakerCode)
                && (speakerCode != null || NON_STATE.equals(predicted.speakerKind));
    }

    private static String firstPresent(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isEmpty()) {
                return candidate;
            }
        }
        return null;
    }

    private static String kindOrNonState(String kind) {
        return kind == null ? NON_STATE : kind.toUpperCase(Locale.ROOT);
    }

    private static String upper(String value) {
        return value == null ? "" : value.toUpperCase(Locale.ROOT);
    }

    private static String twoLetters(String language) {
        if (language == null) {
            return "";
        }
        String lower = language.toLowerCase(Locale.ROOT);
        return lower.length() > 2 ? lower.substring(0, 2) : lower;
    }
}
