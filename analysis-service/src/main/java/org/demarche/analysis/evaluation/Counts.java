package org.demarche.analysis.evaluation;

import java.util.Set;

/**
 * True/false positives and false negatives of one field; precision or recall of an empty denominator is 1, so a
 * field nobody mentions does not drag the figures down.
 */
public final class Counts {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    public <T> void add(Set<T> gold, Set<T> predicted) {
        for (T item : predicted) {
            if (gold.contains(item)) {
                truePositives++;
            } else {
                falsePositives++;
            }
        }
        for (T item : gold) {
            if (!predicted.contains(item)) {
                falseNegatives++;
            }
        }
    }

    public int truePositives() {
        return truePositives;
    }

    public int falsePositives() {
        return falsePositives;
    }

    public int falseNegatives() {
        return falseNegatives;
    }

    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    public double recall() {
        int relevant = truePositives + falseNegatives;
        return relevant == 0 ? 1.0 : (double) truePositives / relevant;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
