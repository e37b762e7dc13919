package org.demarche.analysis;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.demarche.analysis.actor.ActorMention;
import org.demarche.analysis.actor.ActorRecognizer;
import org.demarche.analysis.actor.ScriptReach;
import org.demarche.analysis.group.GazetteerName;
import org.demarche.analysis.group.GroupGazetteer;
import org.demarche.analysis.group.GroupHit;
import org.demarche.analysis.group.GroupRecognition;
import org.demarche.analysis.group.GroupRecognizer;
import org.demarche.analysis.language.LanguageGuesser;
import org.demarche.analysis.language.OtherLanguages;
import org.demarche.analysis.lexicon.CompiledLexicon;
import org.demarche.analysis.lexicon.LexiconSet;
import org.demarche.analysis.lexicon.ResourceData;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.match.PhraseAutomaton;
import org.demarche.analysis.rules.CollectiveVoice;
import org.demarche.analysis.rules.Findings;
import org.demarche.analysis.rules.SentenceFacts;
import org.demarche.analysis.rules.SpeakerVoice;
import org.demarche.analysis.rules.StatementRules;
import org.demarche.analysis.rules.Voices;
import org.demarche.analysis.speaker.PublisherTable;
import org.demarche.analysis.text.NormalizedText;
import org.demarche.analysis.text.SentenceIndex;
import org.demarche.analysis.text.SentenceSplitter;
import org.demarche.contracts.StatementAnalyzed;
import org.demarche.contracts.analysis.GroupMention;
import org.demarche.contracts.analysis.Speaker;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/**
 * Entry point of the plain-Java analysis core: thread-safe, built once (it compiles the gazetteers and lexicons
 * into automata), then used for every statement. No Quarkus in here.
 */
public final class Analyzer {

    static final String NAME = "demarche-analyzer";
    static final String CODE_VERSION = "0.1.0";

    private final Clock clock;
    private final String version;
    private final LexiconSet lexicons;
    private final GroupRecognizer groups;
    private final ActorRecognizer actors = new ActorRecognizer();
    private final PublisherTable publishers;
    private final LanguageGuesser languages = new LanguageGuesser();
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * Parts that read no data file (the catalog, the publisher table, Lingua's models when the build's n-gram table
     * is missing) are built on other threads while this one reads and compiles the lexicons and gazetteer: the data
     * files are still read in one order, so the fingerprint does not change from one start to the next.
     */
    private Analyzer(Clock clock, ResourceData data, CompletableFuture<ThreatGroupCatalog> catalog) {
        this.clock = clock;
        CompletableFuture<Void> models = CompletableFuture.runAsync(languages::warmUp,
                task -> new Thread(task, "language-models").start());
        this.lexicons = LexiconSet.load(data);
        CompletableFuture<PublisherTable> publisherTable =
                CompletableFuture.supplyAsync(() -> new PublisherTable(lexicons.all()));
        this.groups = new GroupRecognizer(GroupGazetteer.load(catalog.join(), data));
        this.publishers = publisherTable.join();
        data.require(ScriptReach.RESOURCE);
        data.require(OtherLanguages.RESOURCE);
        this.version = NAME + "/" + CODE_VERSION + "+" + data.fingerprint();
        models.join();
    }

    /** Builds the analyzer from the gazetteers and lexicons on the classpath. */
    public static Analyzer fromClasspath(Clock clock) {
        ResourceData data = new ResourceData();
        data.require("org/demarche/contracts/gazetteer/threat-groups.json");
        return new Analyzer(clock, data, CompletableFuture.supplyAsync(ThreatGroupCatalog::load));
    }

    /**
     * Builds, on a thread of its own, the tables that only make analyses faster (Lingua's n-gram probabilities in
     * one table); no result changes. A service calls it once it is ready, so that readiness does not wait for them;
     * a benchmark waits for the future before measuring.
     */
    public CompletableFuture<Void> buildLookupTables() {
        return languages.buildTable();
    }

    /** Whether {@link #buildLookupTables()} has run to its end (without starting it). */
    public boolean lookupTablesBuilt() {
        return languages.tableBuilt();
    }

    /** Name, code version and a fingerprint of the data files, so a data change is visible in every result. */
    public String version() {
        return version;
    }

    public StatementAnalyzed analyze(StatementInput input) {
        String text = input.text() == null ? "" : input.text();
        String language = input.language() != null && !input.language().isBlank()
                ? primaryTag(input.language()) : languages.detect(text);
        NormalizedText folded = NormalizedText.of(text);
        SentenceIndex sentences = new SentenceIndex(splitter.split(text, language));
        CompiledLexicon lexicon = lexicons.forLanguage(language);
        // one walk over the text for the lexicon's phrases and the gazetteer's names
        PhraseAutomaton.Found<Term, GazetteerName> found = PhraseAutomaton.findAll(folded, lexicon.automaton(),
                groups.automaton());
        List<Match<Term>> terms = lexicon.terms(found.first(), sentences);
        GroupRecognition recognition = groups.recognize(folded, sentences, terms, found.second());
        List<ActorMention> mentions = actors.recognize(folded, sentences, terms, recognition.agencies(),
                recognition.groups());
        List<SentenceFacts> facts = SentenceFacts.of(sentences.sentences(), mentions, recognition.groups(), terms,
                offset -> sentences.sentenceAt(offset));
        Voices voices = new Voices(folded);
        Speaker speaker = CollectiveVoice.of(facts).map(code -> PublisherTable.speaker(code, input.publisher()))
                .or(() -> publishers.official(input.publisher()))
                .orElseGet(() -> PublisherTable.speaker(SpeakerVoice.mostProminent(facts, voices, text).orElse(null),
                        input.publisher()));
        Findings findings = new StatementRules(voices, speaker.code()).apply(facts);
        return new StatementAnalyzed(StatementAnalyzed.SCHEMA_VERSION, input.statementId(), language, version,
                input.publisher(), input.url(), input.publishedAt(), input.receivedAt(), clock.instant(), speaker,
                groupMentions(recognition.groups()), findings.attributions(), findings.condemnations(),
                findings.denials(), findings.namings());
    }

    private static String primaryTag(String tag) {
        String primary = tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? LanguageGuesser.UNDETERMINED : primary;
    }

    private static List<GroupMention> groupMentions(List<GroupHit> hits) {
        Map<String, GroupMention> distinct = new LinkedHashMap<>();
        for (GroupHit h : hits) {
            distinct.putIfAbsent(h.key(), new GroupMention(h.name(), h.id(), h.mention(), h.known(),
                    h.known() ? h.group().sponsor() : null));
        }
        return new ArrayList<>(distinct.values());
    }
}
