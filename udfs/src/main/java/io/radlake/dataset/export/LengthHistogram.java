package io.radlake.dataset.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts of token lengths in fixed bins. Bin i (i &lt; upperBounds.size()) holds lengths in
 * (upperBounds[i-1], upperBounds[i]] (the first starts at 0); the last bin holds everything above the last bound.
 * The bins are fixed, not derived from the data, so cards of different builds compare line by line.
 *
 * @param upperBounds strictly increasing inclusive upper bounds, each >= 0
 * @param counts one count per bin: {@code upperBounds.size() + 1} entries
 */
public record LengthHistogram(List<Integer> upperBounds, List<Long> counts) {

    /** Powers of two from 16 to 2048 tokens, then an open bin. */
    public static final List<Integer> DEFAULT_UPPER_BOUNDS = List.of(16, 32, 64, 128, 256, 512, 1024, 2048);

    public LengthHistogram {
        upperBounds = List.copyOf(Objects.requireNonNull(upperBounds, "upperBounds must not be null"));
        counts = List.copyOf(Objects.requireNonNull(counts, "counts must not be null"));
        if (upperBounds.isEmpty()) {
            throw new IllegalArgumentException("a histogram needs at least one upper bound");
        }
        for (int i = 0; i < upperBounds.size(); i++) {
            if (upperBounds.get(i) < 0 || (i > 0 && upperBounds.get(i) <= upperBounds.get(i - 1))) {
                throw new IllegalArgumentException(
                        "upper bounds must be >= 0 and strictly increasing, got: " + upperBounds);
            }
        }
        if (counts.size() != upperBounds.size() + 1) {
            throw new IllegalArgumentException("counts must have one entry per bin (" + (upperBounds.size() + 1)
                    + "), got: " + counts.size());
        }
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("bin counts must be >= 0, got: " + counts);
            }
        }
    }

    /** All bins zero. */
    public static LengthHistogram empty(List<Integer> upperBounds) {
        List<Long> zeros = new ArrayList<>();
        for (int i = 0; i <= upperBounds.size(); i++) {
            zeros.add(0L);
        }
        return new LengthHistogram(upperBounds, zeros);
    }

    /** Counts {@code lengths} into the bins. */
    public static LengthHistogram of(List<Integer> upperBounds, int... lengths) {
        long[] counts = new long[upperBounds.size() + 1];
        for (int length : lengths) {
            counts[binIndex(upperBounds, length)]++;
        }
        List<Long> list = new ArrayList<>();
        for (long c : counts) {
            list.add(c);
        }
        return new LengthHistogram(upperBounds, list);
    }

    /** The bin a length falls into. */
    public static int binIndex(List<Integer> upperBounds, int length) {
        if (length < 0) {
            throw new IllegalArgumentException("token lengths must be >= 0, got: " + length);
        }
        for (int i = 0; i < upperBounds.size(); i++) {
            if (length <= upperBounds.get(i)) {
                return i;
            }
        }
        return upperBounds.size();
    }

    /** Bin-wise sum; both histograms must have the same bounds (Spark partial aggregates merge this way). */
    public LengthHistogram plus(LengthHistogram other) {
        if (!upperBounds.equals(other.upperBounds)) {
            throw new IllegalArgumentException("only histograms with the same bounds can be added, got: "
                    + upperBounds + " and " + other.upperBounds);
        }
        List<Long> sum = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            sum.add(counts.get(i) + other.counts.get(i));
        }
        return new LengthHistogram(upperBounds, sum);
    }

    public long total() {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        return total;
    }

    /** {@code 0-16}, {@code 17-32}, ..., {@code 2049+}. */
    public String label(int bin) {
        if (bin == upperBounds.size()) {
            return (upperBounds.get(bin - 1) + 1) + "+";
        }
        int low = bin == 0 ? 0 : upperBounds.get(bin - 1) + 1;
        return low + "-" + upperBounds.get(bin);
    }
}
