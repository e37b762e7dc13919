package org.demarche.analysis.speaker;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.demarche.analysis.lexicon.CountryNames;
import org.demarche.analysis.lexicon.Lexicon;
import org.demarche.analysis.lexicon.LexiconEntry;
import org.demarche.analysis.lexicon.Term;
import org.demarche.analysis.lexicon.TermKind;
import org.demarche.analysis.match.Match;
import org.demarche.analysis.match.PhraseAutomaton;
import org.demarche.analysis.match.PhraseSpec;
import org.demarche.analysis.text.NormalizedText;
import org.demarche.contracts.analysis.ActorKind;
import org.demarche.contracts.analysis.Speaker;

/**
 * Recognises official publishers across all languages: a listed publisher ("National Cyber Security Centre",
 * "外務省"), an IGO name, or an official marker ("Ministry", "Ministère") together with a state or body name.
 * Anything else (media, vendors, institutes not listed) is not official and leaves the speaker to the text.
 */
public final class PublisherTable {

    private static final Set<TermKind> USED = Set.of(TermKind.PUBLISHER, TermKind.IGO, TermKind.BODY, TermKind.STATE,
            TermKind.DEMONYM, TermKind.OFFICIAL_MARKER);
    public static final Set<String> IGO_CODES = Set.of("EU", "NATO", "G7", "UN", "ASEAN");

    private final PhraseAutomaton<Term> automaton;

    public PublisherTable(List<Lexicon> lexicons) {
        PhraseAutomaton.Builder<Term> builder = PhraseAutomaton.builder();
        int id = 0;
        for (Lexicon lexicon : lexicons) {
            for (LexiconEntry e : lexicon.entries()) {
                if (USED.contains(e.kind()) && !e.phrase().contains("...")) {
                    builder.add(PhraseSpec.parse(e.phrase()), new Term(e.kind(), e.value(), id++, 0, 1));
                }
            }
        }
        java.util.Set<String> languages = new java.util.TreeSet<>(java.util.List.of("en"));
        lexicons.forEach(l -> languages.add(l.language()));
        for (String language : languages) {
            for (Map.Entry<String, String> country : CountryNames.in(language).entrySet()) {
                if (country.getValue().indexOf('(') < 0) {
                    builder.add(PhraseSpec.parse(country.getValue(), org.demarche.analysis.match.CaseRule.CAPITALIZED),
                            new Term(TermKind.STATE, country.getKey(), id++, 0, 1));
                }
            }
        }
        this.automaton = builder.build();
    }

    public Optional<Speaker> official(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return Optional.empty();
        }
        List<Match<Term>> matches = new ArrayList<>(automaton.findAll(NormalizedText.of(publisher)));
        matches.sort(Comparator.comparingInt((Match<Term> m) -> -m.length()).thenComparingInt(Match::start));
        Optional<String> listed = first(matches, TermKind.PUBLISHER);
        if (listed.isPresent()) {
            return listed.map(code -> speaker(code, publisher));
        }
        Optional<String> igo = first(matches, TermKind.IGO);
        if (igo.isPresent()) {
            return igo.map(code -> speaker(code, publisher));
        }
        boolean official = matches.stream().anyMatch(m -> m.payload().kind() == TermKind.OFFICIAL_MARKER
                || m.payload().kind() == TermKind.BODY);
        if (!official) {
            return Optional.empty();
        }
        return first(matches, TermKind.BODY)
                .or(() -> first(matches, TermKind.STATE))
                .or(() -> first(matches, TermKind.DEMONYM))
                .map(code -> speaker(code, publisher));
    }

    private static Optional<String> first(List<Match<Term>> matches, TermKind kind) {
        return matches.stream().filter(m -> m.payload().kind() == kind).map(m -> m.payload().value()).findFirst();
    }

    public static Speaker speaker(String code, String name) {
        if (code == null) {
            return new Speaker(null, ActorKind.NON_STATE, name);
        }
        return new Speaker(code, IGO_CODES.contains(code) ? ActorKind.IGO : ActorKind.STATE, name);
    }
}
