package org.dragoman.eval;

/**
 * Counts of one comparison of system output against gold: true positives, false positives, false negatives,
 * with the precision, recall and F1 they give. A ratio whose denominator is zero is reported as 0.
 * Rejects negative counts.
 */
public record Score(int truePositives, int falsePositives, int falseNegatives) {
    public Score {
        if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("Negative count in Score(" + truePositives + ", "
                    + falsePositives + ", " + falseNegatives + ")");
        }
    }

    /** The empty score: nothing found, nothing expected. */
    public static final Score ZERO = new Score(0, 0, 0);

    /** The score of {@code matched} correct items among {@code system} items found and {@code gold} expected. */
    public static Score of(int matched, int system, int gold) {
        if (matched > system || matched > gold) {
            throw new IllegalArgumentException("matched " + matched + " exceeds system " + system
                    + " or gold " + gold);
        }
        return new Score(matched, system - matched, gold - matched);
    }

    /** Number of system items: true plus false positives. */
    public int system() {
        return truePositives + falsePositives;
    }

    /** Number of gold items: true positives plus false negatives. */
    public int gold() {
        return truePositives + falseNegatives;
    }

    /** True positives over system items; 0 when the system found nothing. */
    public double precision() {
        return ratio(truePositives, system());
    }

    /** True positives over gold items; 0 when there is no gold item. */
    public double recall() {
        return ratio(truePositives, gold());
    }

    /** Harmonic mean of precision and recall, {@code 2TP / (2TP + FP + FN)}; 0 when both are 0. */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** The element-wise sum of the counts, for micro-averaging. */
    public Score plus(Score other) {
        return new Score(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    static double ratio(int numerator, int denominator) {
        return denominator == 0 ? 0.0 : (double) numerator / denominator;
    }
}
