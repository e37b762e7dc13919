package org.demarche.analysis.lexicon;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every lexicon on the classpath: {@code lexicon/common.json} plus one {@code lexicon/<lang>.json} per language, found
 * by probing the ISO 639-1 codes, so that adding a language is adding a file. Each language is compiled once.
 */
public final class LexiconSet {

    static final String COMMON = "lexicon/common.json";
    /** Language used for texts in a language without a lexicon file (English names travel furthest). */
    public static final String FALLBACK_LANGUAGE = "en";

    private final Lexicon common;
    private final Map<String, Lexicon> byLanguage;
    private final Map<String, CompiledLexicon> compiled = new LinkedHashMap<>();
    private final CompiledLexicon commonOnly;

    private LexiconSet(Lexicon common, Map<String, Lexicon> byLanguage) {
        this.common = common;
        this.byLanguage = byLanguage;
        for (Map.Entry<String, Lexicon> e : byLanguage.entrySet()) {
            compiled.put(e.getKey(), CompiledLexicon.compile(e.getKey(), List.of(common, e.getValue())));
        }
        this.commonOnly = CompiledLexicon.compile(FALLBACK_LANGUAGE, List.of(common));
    }

    public static LexiconSet load(ResourceData data) {
        Lexicon common = Lexicon.read(new ByteArrayInputStream(data.require(COMMON)));
        Map<String, Lexicon> byLanguage = new LinkedHashMap<>();
        for (String lang : Locale.getISOLanguages()) {
            data.read("lexicon/" + lang + ".json")
                    .ifPresent(bytes -> byLanguage.put(lang, Lexicon.read(new ByteArrayInputStream(bytes))));
        }
        return new LexiconSet(common, byLanguage);
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
