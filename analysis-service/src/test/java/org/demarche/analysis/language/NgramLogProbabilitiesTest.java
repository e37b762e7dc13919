package org.demarche.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import com.github.pemistahl.lingua.internal.TestDataLanguageModel;

import org.demarche.analysis.evaluation.Corpus;
import org.demarche.analysis.evaluation.CorpusFiles;
import org.junit.jupiter.api.Test;

/** The table must sum exactly what Lingua's own look-ups sum, for any subset of its languages in any order. */
class NgramLogProbabilitiesTest {

    private static final LanguageDetector DETECTOR = LanguageDetectorBuilder.fromLanguages(Language.ENGLISH,
            Language.FRENCH, Language.GERMAN, Language.SPANISH, Language.ITALIAN, Language.DUTCH)
            .withLowAccuracyMode().build();
    private static final NgramLogProbabilities TABLE = NgramLogProbabilities.of(DETECTOR);

    @Test
    void sumsEveryCorpusTextsTrigramsAsLinguaDoes() {
        List<Set<Language>> candidateSets = List.of(DETECTOR.getLanguages$lingua(),
                new LinkedHashSet<>(List.of(Language.DUTCH, Language.ENGLISH)),
                EnumSet.of(Language.ITALIAN, Language.SPANISH, Language.FRENCH));
        int compared = 0;
        for (Corpus corpus : CorpusFiles.loadAll()) {
            for (Corpus.Statement statement : corpus.statements()) {
                String cleaned = DETECTOR.cleanUpInputText$lingua(LanguageGuesser.cut(statement.text(), 400));
                if (cleaned.length() < 3) {
                    continue;
                }
                TestDataLanguageModel trigrams = TestDataLanguageModel.Companion.fromText(cleaned, 3);
                for (Set<Language> candidates : candidateSets) {
                    Map<Language, Float> expected = DETECTOR.computeLanguageProbabilities$lingua(trigrams, candidates);
                    assertEquals(expected.toString(), TABLE.probabilities(trigrams.getNgrams(), candidates).toString(),
                            cleaned);
                    compared++;
                }
            }
        }
        assertTrue(compared > 600, "texts compared: " + compared);
    }

    @Test
    void refusesALanguageItHasNoModelFor() {
        TestDataLanguageModel trigrams = TestDataLanguageModel.Companion.fromText("hvor er du", 3);
        assertThrows(IllegalArgumentException.class,
                () -> TABLE.probabilities(trigrams.getNgrams(), EnumSet.of(Language.DANISH)));
    }
}
