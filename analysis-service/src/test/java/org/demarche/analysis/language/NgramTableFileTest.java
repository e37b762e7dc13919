package org.demarche.analysis.language;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import org.junit.jupiter.api.Test;

/** The table the build writes must be the one Lingua's models give, and a table that does not fit is refused. */
class NgramTableFileTest {

    private static final LanguageDetector DETECTOR = LanguageGuesser.lowAccuracyLatinDetector();
    private static final NgramLogProbabilities FROM_LINGUA = NgramLogProbabilities.of(DETECTOR);

    @Test
    void theBuildsTableHoldsWhatLinguasModelsGive() {
        assertTrue(NgramTableFile.class.getClassLoader().getResource(NgramTableFile.RESOURCE) != null,
                "process-classes writes " + NgramTableFile.RESOURCE);
        NgramLogProbabilities fromFile = NgramTableFile.load(DETECTOR).orElseThrow();
        assertTrue(fromFile.sameAs(FROM_LINGUA));
    }

    @Test
    void aWrittenTableReadsBackTheSame() throws IOException {
        NgramLogProbabilities read = NgramLogProbabilities.read(new ByteArrayInputStream(written(FROM_LINGUA)),
                NgramLogProbabilities.languagesOf(DETECTOR));
        assertTrue(read.sameAs(FROM_LINGUA));
        assertFalse(read.sameAs(NgramLogProbabilities.of(LanguageDetectorBuilder
                .fromLanguages(Language.ENGLISH, Language.FRENCH).withLowAccuracyMode().build())));
    }

    @Test
    void aTableOfOtherLanguagesIsRefused() throws IOException {
        byte[] bytes = written(FROM_LINGUA);
        Language[] fewer = Arrays.copyOf(NgramLogProbabilities.languagesOf(DETECTOR), 2);
        assertThrows(IOException.class, () -> NgramLogProbabilities.read(new ByteArrayInputStream(bytes), fewer));
    }

    @Test
    void somethingElseIsRefused() throws IOException {
        byte[] bytes = written(FROM_LINGUA);
        bytes[0] ^= 1;
        Language[] languages = NgramLogProbabilities.languagesOf(DETECTOR);
        assertThrows(IOException.class, () -> NgramLogProbabilities.read(new ByteArrayInputStream(bytes), languages));
        byte[] truncated = Arrays.copyOf(written(FROM_LINGUA), 4000);
        assertThrows(IOException.class,
                () -> NgramLogProbabilities.read(new ByteArrayInputStream(truncated), languages));
    }

    private static byte[] written(NgramLogProbabilities table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        table.write(out);
        return out.toByteArray();
    }
}
