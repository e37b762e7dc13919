package org.demarche.analysis.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void givesTheJdksNamesInTheLanguage() {
        assertEquals("Deutschland", CountryNames.in("de").get("DE"));
        assertEquals("Japon", CountryNames.in("fr").get("JP"));
        assertEquals("中国", CountryNames.in("zh").get("CN"));
        assertEquals("China", CountryNames.in("en").get("CN"));
    }

    @Test
    void leavesOutCodesWithoutANameOfTheirOwn() {
        Map<String, String> names = CountryNames.in("ko");
        assertTrue(names.size() > 200, "countries named: " + names.size());
        names.forEach((code, name) -> assertFalse(name.isBlank() || name.equals(code), code));
    }

    @Test
    void looksEachLanguageUpOnce() {
        assertSame(CountryNames.in("it"), CountryNames.in("it"));
    }
}
