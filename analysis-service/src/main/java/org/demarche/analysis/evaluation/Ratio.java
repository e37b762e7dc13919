package org.demarche.analysis.evaluation;

/** Hits out of trials; an accuracy over no trials is 1. */
public final class Ratio {

    private int hits;
    private int trials;

    public void add(boolean hit) {
        trials++;
        if (hit) {
            hits++;
        }
    }

    public int hits() {
        return hits;
    }

    public int trials() {
        return trials;
    }

    public double value() {
        return trials == 0 ? 1.0 : (double) hits / trials;
    }
}
