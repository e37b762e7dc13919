package org.demarche.analysis.evaluation;

import java.util.EnumMap;
import java.util.Map;

/** Accumulated figures over a set of statements (the whole run, or one language). */
public final class Scores {

    private final Map<Field, Counts> counts = new EnumMap<>(Field.class);
    private final Ratio speaker = new Ratio();
    private final Ratio language = new Ratio();
    private final Ratio stance = new Ratio();

    public Scores() {
        for (Field field : Field.values()) {
            counts.put(field, new Counts());
        }
    }

    public Counts counts(Field field) {
        return counts.get(field);
    }

    public Ratio speaker() {
        return speaker;
    }

    public Ratio language() {
        return language;
    }

    /** Stance accuracy over the attributions matched between gold and prediction. */
    public Ratio stance() {
        return stance;
    }

    public int statements() {
        return speaker.trials();
    }
}
