package org.demarche.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Keeps the gold labels consistent with the labelling rules, whoever writes the corpus files: known groups (or
 * groups declared new in {@code corpus/new-groups.txt}), valid codes, stance by speaker, and the alert rule.
 */
class CorpusLabelsTest {

    private static final Set<String> IGOS = Set.of("EU", "NATO", "G7", "UN", "ASEAN");
    private static final Set<String> STATES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of("en", "fr", "de", "es", "it", "nl", "ja", "ko", "zh", "ru");
    private static final GroupClusters CLUSTERS = GroupClusters.fromGazetteer();

    @Test
    void goldLabelsFollowTheRules() throws IOException {
        Set<String> newGroups = Files.readAllLines(CorpusFiles.resource("new-groups.txt"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Corpus corpus : CorpusFiles.loadAll()) {
            for (Corpus.Statement statement : corpus.statements()) {
                if (!ids.add(statement.id())) {
                    problems.add(statement.id() + ": duplicate id");
                }
                check(statement, newGroups, problems);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void rulesRejectAnAlertWithoutANaming() {
        Corpus.Statement wrong = new Corpus.Statement("x-1", "en", null, "2020-01-01", null, "text about APT28",
                new Corpus.Gold(new Corpus.GoldSpeaker("GB", "STATE"), List.of("APT28"),
                        List.of(new Corpus.GoldAttribution("GB", null, "RU", "REPORTED")), List.of(), List.of(), true),
                "n");
        List<String> problems = new ArrayList<>();
        check(wrong, Set.of(), problems);
        assertEquals(2, problems.size(), problems.toString());
    }

    static void check(Corpus.Statement s, Set<String> newGroups, List<String> problems) {
        String id = s.id();
        Corpus.Gold gold = s.gold();
        if (!LANGUAGES.contains(s.language())) {
            problems.add(id + ": language " + s.language());
        }
        String kind = gold.speaker().kind();
        String code = gold.speaker().code();
        boolean speakerOk = switch (kind == null ? "" : kind) {
            case "STATE" -> STATES.contains(code);
            case "IGO" -> IGOS.contains(code);
            case "NON_STATE" -> code == null;
            default -> false;
        };
        if (!speakerOk) {
            problems.add(id + ": speaker " + code + "/" + kind);
        }
        Set<String> listed = new HashSet<>();
        for (String group : gold.groups()) {
            if (!CLUSTERS.isKnown(group) && !newGroups.contains(group)) {
                problems.add(id + ": group '" + group + "' neither in the gazetteer nor in new-groups.txt");
            }
            listed.add(CLUSTERS.cluster(group));
        }
        boolean naming = false;
        for (Corpus.GoldAttribution a : gold.attributions()) {
            requireActor(id, "attributor", a.attributor(), problems);
            if (a.sponsor() != null && !STATES.contains(a.sponsor())) {
                problems.add(id + ": sponsor " + a.sponsor());
            }
            boolean own = Objects.equals(a.attributor(), code);
            if (!(own ? "OWN" : "REPORTED").equals(a.stance())) {
                problems.add(id + ": stance " + a.stance() + " of " + a.attributor() + " with speaker " + code);
            }
            naming |= named(id, a.group(), listed, problems);
        }
        for (Corpus.GoldCondemnation c : gold.condemnations()) {
            requireActor(id, "condemner", c.condemner(), problems);
            if (c.target() != null && !STATES.contains(c.target())) {
                problems.add(id + ": target " + c.target());
            }
        }
        for (Corpus.GoldDenial d : gold.denials()) {
            requireActor(id, "denier", d.denier(), problems);
            naming |= named(id, d.group(), listed, problems);
        }
        if (naming != gold.alert()) {
            problems.add(id + ": alert " + gold.alert() + " but the labels " + (naming ? "name" : "do not name")
                    + " a group in a state or IGO voice");
        }
    }

    private static boolean named(String id, String group, Set<String> listed, List<String> problems) {
        if (group == null) {
            return false;
        }
        if (!listed.contains(CLUSTERS.cluster(group))) {
            problems.add(id + ": group '" + group + "' not among the statement's groups");
        }
        return true;
    }

    private static void requireActor(String id, String role, String code, List<String> problems) {
        if (!STATES.contains(code) && !IGOS.contains(code)) {
            problems.add(id + ": " + role + " " + code);
        }
    }
}
