package org.demarche.analysis.group;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.demarche.analysis.lexicon.ResourceData;
import org.demarche.analysis.match.CaseRule;
import org.demarche.analysis.match.PhraseAutomaton;
import org.demarche.analysis.match.PhraseSpec;
import org.demarche.contracts.gazetteer.ThreatGroup;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/**
 * Every group name and alias of the {@link ThreatGroupCatalog}, the extra short forms and translations of
 * {@code gazetteer/extra-aliases.tsv}, and every state-agency name of {@code gazetteer/state-agencies.json}, in one
 * automaton. Names listed in {@code gazetteer/ambiguous-aliases.txt} (or flagged in the extra file) are marked
 * ambiguous; very short names must match their exact case.
 */
public final class GroupGazetteer {

    static final String AMBIGUOUS = "gazetteer/ambiguous-aliases.txt";
    static final String EXTRA_ALIASES = "gazetteer/extra-aliases.tsv";
    static final String AGENCIES = "gazetteer/state-agencies.json";
    /**
     * First words of campaign names ("Operation Wocao", "Operation ShadowHammer"): the catalogue files some campaigns as
     * groups or aliases, but a text naming an operation names what was done, not a group.
     */
    static final String CAMPAIGN_PREFIXES = "gazetteer/campaign-prefixes.txt";
    /** Tools, products and malware whose names hold a group name: as the longer match they hide the group name. */
    static final String OTHER_NAMES = "gazetteer/not-groups.txt";
    /** Security vendors and researchers, who name groups but are none: never a new group, even after a group cue. */
    static final String VENDORS = "gazetteer/vendors.txt";
    /** Lower-case words that, hyphenated after a group name ("Sandworm-linked"), keep it the group's name. */
    static final String GROUP_MODIFIERS = "gazetteer/group-modifiers.txt";
    /** Groups governments name that the catalogue lacks (ransomware brands): found as groups with no catalogue id. */
    static final String EXTRA_GROUPS = "gazetteer/extra-groups.tsv";
    /** Letters of vendors' numbered tracking ids ("UNC", "Storm-", "DEV-"): with 2-5 digits after them, a group. */
    static final String TRACKING_PREFIXES = "gazetteer/tracking-prefixes.txt";
    private static final int SHORT_NAME = 3;
    private static final List<String> IMPLIED_SUFFIXES = List.of(" group", " team");

    private final ThreatGroupCatalog catalog;
    private final PhraseAutomaton<GazetteerName> automaton;
    private final Set<String> groupModifiers;

    private GroupGazetteer(ThreatGroupCatalog catalog, PhraseAutomaton<GazetteerName> automaton, Set<String> groupModifiers) {
        this.catalog = catalog;
        this.automaton = automaton;
        this.groupModifiers = groupModifiers;
    }

    public static GroupGazetteer load(ThreatGroupCatalog catalog, ResourceData data) {
        Set<String> ambiguous = new HashSet<>();
        for (String line : lines(data.require(AMBIGUOUS))) {
            ambiguous.add(ThreatGroupCatalog.key(line));
        }
        Set<String> campaignWords = new HashSet<>();
        for (String line : lines(data.require(CAMPAIGN_PREFIXES))) {
            campaignWords.add(line.strip().toLowerCase(java.util.Locale.ROOT));
        }
        PhraseAutomaton.Builder<GazetteerName> builder = PhraseAutomaton.builder();
        for (ThreatGroup group : catalog.groups()) {
            for (String name : group.names()) {
                if (isCampaign(name, campaignWords)) {
                    continue;
                }
                addGroupName(builder, group, name, ambiguous.contains(ThreatGroupCatalog.key(name)));
                for (String suffix : IMPLIED_SUFFIXES) {
                    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) && name.length() > suffix.length() + 2) {
                        // "Lazarus" for "Lazarus Group": the short form is usually an ordinary word too
                        addGroupName(builder, group, name.substring(0, name.length() - suffix.length()), true);
                    }
                }
            }
        }
        for (String line : lines(data.require(EXTRA_ALIASES))) {
            String[] cols = line.split("\t");
            ThreatGroup group = catalog.byId(cols[1].strip())
                    .orElseThrow(() -> new IllegalStateException("unknown group id in " + EXTRA_ALIASES + ": " + line));
            boolean isAmbiguous = cols.length > 2 && cols[2].strip().equals("ambiguous");
            addExtraName(builder, group, PhraseSpec.parse(cols[0]), isAmbiguous);
        }
        for (String line : lines(data.require(EXTRA_GROUPS))) {
            String[] cols = line.split("\t");
            String canonical = cols[cols.length > 1 && !cols[1].strip().equals("ambiguous") ? 1 : 0].strip();
            boolean isAmbiguous = line.endsWith("\tambiguous");
            if (catalog.resolve(cols[0].strip()).isPresent()) {
                throw new IllegalStateException(EXTRA_GROUPS + " lists a catalogue name: " + line);
            }
            PhraseSpec written = PhraseSpec.parse(cols[0]);
            CaseRule caseRule = isAmbiguous ? CaseRule.CAPITALIZED : written.caseRule();
            builder.add(new PhraseSpec(written.phrase(), caseRule, true, true),
                    new GazetteerName.GroupName(null, isAmbiguous, canonical));
        }
        for (String line : lines(data.require(TRACKING_PREFIXES))) {
            builder.add(new PhraseSpec(line, CaseRule.EXACT, true, false), new GazetteerName.TrackingPrefix(line));
        }
        addAgencies(builder, data.require(AGENCIES));
        for (String file : List.of(OTHER_NAMES, VENDORS)) {
            for (String line : lines(data.require(file))) {
                builder.add(PhraseSpec.parse(line), new GazetteerName.OtherName(line));
            }
        }
        return new GroupGazetteer(catalog, builder.build(), Set.copyOf(lines(data.require(GROUP_MODIFIERS))));
    }

    private static boolean isCampaign(String name, Set<String> campaignWords) {
        int space = name.indexOf(' ');
        return space > 0 && campaignWords.contains(name.substring(0, space).toLowerCase(java.util.Locale.ROOT));
    }

    private static void addGroupName(PhraseAutomaton.Builder<GazetteerName> builder, ThreatGroup group, String name,
            boolean ambiguous) {
        CaseRule caseRule = ThreatGroupCatalog.key(name).length() <= SHORT_NAME ? CaseRule.EXACT
                : ambiguous ? CaseRule.CAPITALIZED : CaseRule.ANY;
        builder.add(new PhraseSpec(name, caseRule, true, true), new GazetteerName.GroupName(group, ambiguous));
    }

    /** An extra name may be a stem ("Лазарус*" for the Russian case forms Лазарусом, Лазаруса). */
    private static void addExtraName(PhraseAutomaton.Builder<GazetteerName> builder, ThreatGroup group, PhraseSpec written,
            boolean ambiguous) {
        CaseRule caseRule = ThreatGroupCatalog.key(written.phrase()).length() <= SHORT_NAME ? CaseRule.EXACT
                : ambiguous ? CaseRule.CAPITALIZED : CaseRule.ANY;
        builder.add(new PhraseSpec(written.phrase(), caseRule, written.leftBoundary(), written.rightBoundary()),
                new GazetteerName.GroupName(group, ambiguous));
    }

    private static void addAgencies(PhraseAutomaton.Builder<GazetteerName> builder, byte[] json) {
        try {
            JsonNode root = new ObjectMapper().readTree(json);
            for (JsonNode agency : root.path("agencies")) {
                GazetteerName.AgencyName payload = new GazetteerName.AgencyName(agency.path("id").asText(),
                        agency.path("state").asText());
                builder.add(new PhraseSpec(agency.path("name").asText(), CaseRule.ANY, true, true), payload);
                for (JsonNode alias : agency.path("aliases")) {
                    CaseRule rule = alias.asText().length() <= 4 ? CaseRule.EXACT : CaseRule.ANY;
                    builder.add(new PhraseSpec(alias.asText(), rule, true, true), payload);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> lines(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    public ThreatGroupCatalog catalog() {
        return catalog;
    }

    PhraseAutomaton<GazetteerName> automaton() {
        return automaton;
    }

    /** Whether a lower-case word hyphenated after a group name keeps it the group ("linked", "backed"). */
    boolean keepsGroup(String word) {
        return groupModifiers.contains(word);
    }
}
