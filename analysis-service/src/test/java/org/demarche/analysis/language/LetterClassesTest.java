package org.demarche.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LetterClassesTest {

    private final LetterClasses classes = new LetterClasses(new OtherLanguages());

    @Test
    void latinAndCyrillicLettersAreForeignWhenNoAnalysedLanguageUsesThem() {
        assertEveryChar(LetterClasses.LATIN, "eÉßñà");
        assertEveryChar(LetterClasses.FOREIGN_LATIN, "łØřă");
        assertEveryChar(LetterClasses.CYRILLIC, "жЯё");
        assertEveryChar(LetterClasses.FOREIGN_CYRILLIC, "їҐў");
    }

    @Test
    void eastAsianScriptsAreTold() {
        assertEveryChar(LetterClasses.HANGUL, "한국");
        assertEveryChar(LetterClasses.KANA, "かカ");
        assertEveryChar(LetterClasses.HAN, "中国");
    }

    @Test
    void otherScriptsCountOnlyTheirLettersAndSharedSignsNotAtAll() {
        assertEveryChar(LetterClasses.OTHER_SCRIPT_LETTER, "αش");
        // an Arabic-Indic digit, an ASCII digit, a space, an ideographic full stop, the prolonged sound mark, a
        // combining accent, a lone surrogate
        assertEveryChar(LetterClasses.UNCOUNTED, "٣1 。ー\u0301\uD83D");
    }

    private void assertEveryChar(byte expected, String chars) {
        for (char c : chars.toCharArray()) {
            assertEquals(expected, classes.of(c), () -> "U+" + Integer.toHexString(c));
        }
    }
}
