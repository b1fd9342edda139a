package io.radlake.dataset;

import java.io.Serializable;

/**
 * Shares of patients per split: each in [0, 1], summing to 1 within {@value #SUM_TOLERANCE}.
 */
public record SplitFractions(double train, double validation, double test) implements Serializable {

    public static final double SUM_TOLERANCE = 1e-9;

    public SplitFractions {
        requireShare("train", train);
        requireShare("validation", validation);
        requireShare("test", test);
        double sum = train + validation + test;
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new IllegalArgumentException("split fractions must sum to 1 (within " + SUM_TOLERANCE + "), got "
                    + train + " + " + validation + " + " + test + " = " + sum);
        }
    }

    /** 80 / 10 / 10. */
    public static SplitFractions defaults() {
        return new SplitFractions(0.8, 0.1, 0.1);
    }

    /** The fraction of one split. */
    public double of(Split split) {
        return switch (split) {
            case TRAIN -> train;
            case VALIDATION -> validation;
            case TEST -> test;
        };
    }

    /** The split a point u in [0, 1) falls in: [0, train) train, [train, train + validation) validation, else test. */
    Split splitAt(double u) {
        if (u < train) {
            return Split.TRAIN;
        }
        return u < train + validation ? Split.VALIDATION : Split.TEST;
    }

    private static void requireShare(String name, double value) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(name + " fraction must be in [0, 1], got: " + value);
        }
    }
}
