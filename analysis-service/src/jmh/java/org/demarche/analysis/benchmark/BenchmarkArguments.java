package org.demarche.analysis.benchmark;

import java.util.HashMap;
import java.util.Map;

/** The {@code name=value} arguments of the benchmark programs. */
final class BenchmarkArguments {

    private final Map<String, String> values = new HashMap<>();

    BenchmarkArguments(String[] args) {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("expected name=value, got " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
    }

    String text(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A whole number from {@code min} to {@code max}. */
    int number(String name, int fallback, int min, int max) {
        int value = Integer.parseInt(values.getOrDefault(name, String.valueOf(fallback)));
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
        }
        return value;
    }
}
