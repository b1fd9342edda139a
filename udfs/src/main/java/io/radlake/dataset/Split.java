package io.radlake.dataset;

import java.util.Locale;

/** The dataset splits, in the order the fractions cut the [0, 1) range: train first, then validation, then test. */
public enum Split {
    TRAIN, VALIDATION, TEST;

    /** "train", "validation", "test": file and column values. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
