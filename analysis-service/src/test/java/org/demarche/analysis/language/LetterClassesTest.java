package org.demarche.analysis.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LetterClassesTest {

    private final LetterClasses classes = new LetterClasses(new OtherLanguages());

    @Test
    void latinAndCyrillicLettersAreForeignWhenNoAnalysedLanguageUsesThem() {
        assertEquals(LetterClasses.LATIN, classes.of('e'));
        assertEquals(LetterClasses.LATIN, classes.of('É'));
        assertEquals(LetterClasses.LATIN, classes.of('ß'));
        assertEquals(LetterClasses.FOREIGN_LATIN, classes.of('ł'));
        assertEquals(LetterClasses.FOREIGN_LATIN, classes.of('Ø'));
        assertEquals(LetterClasses.CYRILLIC, classes.of('ж'));
        assertEquals(LetterClasses.FOREIGN_CYRILLIC, classes.of('ї'));
        assertEquals(LetterClasses.FOREIGN_CYRILLIC, classes.of('Ґ'));
    }

    @Test
    void eastAsianScriptsAreTold() {
        assertEquals(LetterClasses.HANGUL, classes.of('한'));
        assertEquals(LetterClasses.KANA, classes.of('か'));
        assertEquals(LetterClasses.KANA, classes.of('カ'));
        assertEquals(LetterClasses.HAN, classes.of('中'));
    }

    @Test
    void otherScriptsCountOnlyTheirLettersAndSharedSignsNotAtAll() {
        assertEquals(LetterClasses.OTHER_SCRIPT_LETTER, classes.of('α'));
        assertEquals(LetterClasses.OTHER_SCRIPT_LETTER, classes.of('ش'));
        assertEquals(LetterClasses.UNCOUNTED, classes.of('٣'));
        assertEquals(LetterClasses.UNCOUNTED, classes.of('1'));
        assertEquals(LetterClasses.UNCOUNTED, classes.of(' '));
        assertEquals(LetterClasses.UNCOUNTED, classes.of('。'));
        assertEquals(LetterClasses.UNCOUNTED, classes.of('ー'));
        assertEquals(LetterClasses.UNCOUNTED, classes.of('\u0301'));
        assertEquals(LetterClasses.UNCOUNTED, classes.of('\uD83D'));
    }
}
