package org.demarche.analysis.lexicon;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JDK's country names (CLDR) in a language, looked up once per language for the whole process: every lexicon
 * adds English's besides its own, and the publisher table adds all of them, so without this the JDK would be asked
 * for the same names about three times over (thousands of look-ups, a large share of a start's CPU).
 */
public final class CountryNames {

    private static final Map<String, Map<String, String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private CountryNames() {
    }

    /**
     * Each ISO 3166 country code with its name in the language (a BCP 47 tag), in the JDK's order of codes; codes
     * the JDK has no name for (it would give the code itself) or only a blank one are left out.
     */
    public static Map<String, String> in(String language) {
        return BY_LANGUAGE.computeIfAbsent(language, CountryNames::lookUp);
    }

    private static Map<String, String> lookUp(String language) {
        Locale in = Locale.forLanguageTag(language);
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(in);
            if (!name.isBlank() && !name.equals(code)) {
                names.put(code, name);
            }
        }
        return Collections.unmodifiableMap(names);
    }
}
