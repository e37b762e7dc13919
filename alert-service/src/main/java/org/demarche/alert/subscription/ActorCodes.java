package org.demarche.alert.subscription;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The codes that name a state (ISO 3166-1 alpha-2) or one of the intergovernmental bodies the analysis knows. */
public final class ActorCodes {

    public static final List<String> INTERGOVERNMENTAL = List.of("EU", "NATO", "G7", "UN", "ASEAN");

    private static final Set<String> STATES = Set.of(Locale.getISOCountries());

    private ActorCodes() {
    }

    public static boolean isState(String code) {
        return code != null && STATES.contains(code);
    }

    public static boolean isStateOrIntergovernmental(String code) {
        return isState(code) || INTERGOVERNMENTAL.contains(code);
    }
}
