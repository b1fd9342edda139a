package io.radlake.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** An immutable weighted choice among values. */
final class Weighted<T> {

    private final List<T> values;
    private final double[] cumulative;

    private Weighted(List<T> values, double[] cumulative) {
        this.values = List.copyOf(values);
        this.cumulative = cumulative;
    }

    T pick(SplittableRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (target < cumulative[i]) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    List<T> values() {
        return values;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    static final class Builder<T> {
        private final List<T> values = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(double weight, T value) {
            if (!(weight > 0)) {
                throw new IllegalArgumentException("weight must be > 0, got: " + weight + " for " + value);
            }
            values.add(value);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            if (values.isEmpty()) {
                throw new IllegalStateException("a weighted choice needs at least one value");
            }
            double[] cumulative = new double[weights.size()];
            double total = 0;
            for (int i = 0; i < cumulative.length; i++) {
                total += weights.get(i);
                cumulative[i] = total;
            }
            return new Weighted<>(values, cumulative);
        }
    }
}
