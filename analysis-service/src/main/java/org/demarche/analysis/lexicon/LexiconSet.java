package org.demarche.analysis.lexicon;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Every lexicon on the classpath: {@code lexicon/common.json} plus one {@code lexicon/<lang>.json} per language beside
 * it (same jar or directory), found by probing the ISO 639-1 codes, so that adding a language is adding a file. Each
 * language is compiled once.
 */
public final class LexiconSet {

    static final String COMMON = "lexicon/common.json";
    /** Language used for texts in a language without a lexicon file (English names travel furthest). */
    public static final String FALLBACK_LANGUAGE = "en";

    private final Lexicon common;
    private final Map<String, Lexicon> byLanguage;
    private final Map<String, CompiledLexicon> compiled = new LinkedHashMap<>();
    /** The shared lexicon alone, for texts in a language without a file when English has none either; else null. */
    private final CompiledLexicon commonOnly;

    private LexiconSet(Lexicon common, Map<String, Lexicon> byLanguage, Map<String, CompiledLexicon> compiled,
            CompiledLexicon commonOnly) {
        this.common = common;
        this.byLanguage = byLanguage;
        this.compiled.putAll(compiled);
        this.commonOnly = commonOnly;
    }

    /**
     * Reads the files in a fixed order (the fingerprint depends on it), then parses and compiles the languages in
     * parallel: compiling is most of the analyzer's start-up.
     */
    public static LexiconSet load(ResourceData data) {
        byte[] commonFile = data.require(COMMON);
        Map<String, String> languageOfFile = new LinkedHashMap<>();
        for (String lang : Locale.getISOLanguages()) {
            languageOfFile.put(lang + ".json", lang);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        data.readBeside(COMMON, List.copyOf(languageOfFile.keySet()))
                .forEach((file, bytes) -> files.put(languageOfFile.get(file), bytes));
        Lexicon common = Lexicon.read(new ByteArrayInputStream(commonFile));
        // only used when there is no English lexicon to fall back on
        CompletableFuture<CompiledLexicon> commonOnly = files.containsKey(FALLBACK_LANGUAGE)
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> CompiledLexicon.compile(FALLBACK_LANGUAGE, List.of(common)));
        List<String> languages = List.copyOf(files.keySet());
        List<Language> compiled = languages.parallelStream()
                .map(lang -> Language.compile(lang, common, files.get(lang)))
                .toList();
        Map<String, Lexicon> byLanguage = new LinkedHashMap<>();
        Map<String, CompiledLexicon> compiledByLanguage = new LinkedHashMap<>();
        for (int i = 0; i < languages.size(); i++) {
            byLanguage.put(languages.get(i), compiled.get(i).lexicon());
            compiledByLanguage.put(languages.get(i), compiled.get(i).compiled());
        }
        return new LexiconSet(common, byLanguage, compiledByLanguage, commonOnly.join());
    }

    private record Language(Lexicon lexicon, CompiledLexicon compiled) {

        static Language compile(String language, Lexicon common, byte[] file) {
            Lexicon lexicon = Lexicon.read(new ByteArrayInputStream(file));
            return new Language(lexicon, CompiledLexicon.compile(language, List.of(common, lexicon)));
        }
    }

    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The compiled lexicon for a language, or the English one (or the shared one alone) when it has no file. */
    public CompiledLexicon forLanguage(String language) {
        CompiledLexicon c = language == null ? null : compiled.get(language);
        if (c != null) {
            return c;
        }
        return compiled.getOrDefault(FALLBACK_LANGUAGE, commonOnly);
    }

    /** The shared lexicon followed by every language's, for tables read across languages (publishers). */
    public List<Lexicon> all() {
        List<Lexicon> all = new ArrayList<>();
        all.add(common);
        all.addAll(byLanguage.values());
        return all;
    }
}
