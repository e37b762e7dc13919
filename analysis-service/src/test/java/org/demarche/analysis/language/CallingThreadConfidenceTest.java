package org.demarche.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.demarche.analysis.evaluation.Corpus;
import org.demarche.analysis.evaluation.CorpusFiles;
import org.junit.jupiter.api.Test;

/**
 * The calling-thread scoring must give exactly what Lingua's public method gives: same languages, same order, same
 * values, on every sample the guesser takes of the corpus texts and on the edge cases of Lingua's early returns.
 */
class CallingThreadConfidenceTest {

    private static final LanguageDetector LOW_ACCURACY = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH,
            Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN, Language.DUTCH)
            .withLowAccuracyMode().build();

    private final CallingThreadConfidence scoring = new CallingThreadConfidence(LOW_ACCURACY);
    private final CallingThreadConfidence scoringBeforeTheTable = new CallingThreadConfidence(LOW_ACCURACY);
    private final CallingThreadConfidence scoringWithTheBuildsTable =
            new CallingThreadConfidence(LOW_ACCURACY, NgramTableFile.load(LOW_ACCURACY).orElseThrow());

    CallingThreadConfidenceTest() {
        scoring.buildTable();
    }

    @Test
    void everySampleOfTheCorpusScoresAsLinguaScoresIt() {
        List<String> samples = new ArrayList<>();
        for (Corpus corpus : CorpusFiles.loadAll()) {
            for (Corpus.Statement statement : corpus.statements()) {
                String text = statement.text();
                samples.add(LanguageGuesser.lowerCaseWords(text, 60));
                samples.add(LanguageGuesser.lowerCaseWords(text, 150));
                samples.add(LanguageGuesser.cut(text, 400));
            }
        }
        assertTrue(samples.size() > 300, "corpus samples found: " + samples.size());
        int scored = 0;
        for (String sample : samples) {
            SortedMap<Language, Double> expected = LOW_ACCURACY.computeLanguageConfidenceValues(sample);
            assertEquals(expected.toString(), scoring.confidences(sample).toString(), sample);
            assertEquals(expected.toString(), scoringBeforeTheTable.confidences(sample).toString(), sample);
            assertEquals(expected.toString(), scoringWithTheBuildsTable.confidences(sample).toString(), sample);
            assertEquals(LOW_ACCURACY.detectLanguageOf(sample), scoringWithTheBuildsTable.mostLikely(sample), sample);
            scored += expected.size() > 1 ? 1 : 0;
        }
        assertTrue(scored > 200, "samples with several candidate languages: " + scored);
    }

    @Test
    void earlyAnswersMatchLinguaToo() {
        List<String> edgeCases = List.of("", "   ", "1234 5678", "ab", "straße", "mañana",
                "¿dónde?", "het is", "l'été", "x y z", "c'è", "Übermorgen", "ÅÆØ", "the", "zijn wij");
        for (String text : edgeCases) {
            assertEquals(LOW_ACCURACY.computeLanguageConfidenceValues(text).toString(),
                    scoring.confidences(text).toString(), text);
            assertEquals(LOW_ACCURACY.detectLanguageOf(text), scoring.mostLikely(text), text);
        }
    }

    @Test
    void refusesADetectorThatWouldScoreMoreThanTrigrams() {
        LanguageDetector fullModels = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH, Language.FRENCH).build();
        assertThrows(IllegalArgumentException.class, () -> new CallingThreadConfidence(fullModels));
    }
}
