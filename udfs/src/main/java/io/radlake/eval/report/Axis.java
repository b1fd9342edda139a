package io.radlake.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear axis from {@code low} to {@code high} mapped onto pixels {@code from} to {@code to} (to may be smaller:
 * y axes grow upwards), with "nice" tick values (steps of 1, 2, 2.5 or 5 times a power of ten).
 */
record Axis(double low, double high, double from, double to, double step) {

    /** An axis covering at least [min, max], clamped to [floor, ceiling], with about {@code ticks} ticks. */
    static Axis covering(double min, double max, double floor, double ceiling, double from, double to, int ticks) {
        if (!(max > min)) {
            min = Math.max(floor, min - 0.05);
            max = Math.min(ceiling, max + 0.05);
        }
        double step = niceStep((max - min) / ticks);
        double low = Math.max(floor, snap(Math.floor(min / step), step));
        double high = Math.min(ceiling, snap(Math.ceil(max / step), step));
        return new Axis(low, high, from, to, step);
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /**
     * {@code multiple} times {@code step} without binary fraction noise (12 x 0.05 is 0.6, not 0.6000000000000001):
     * below 1 a nice step's reciprocal is a whole number, so divide by it instead.
     */
    static double snap(double multiple, double step) {
        return step < 1 ? multiple / Math.round(1 / step) : multiple * step;
    }

    double at(double value) {
        return from + (value - low) / (high - low) * (to - from);
    }

    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; ; i++) {
            double tick = low + i * step;
            if (tick > high + step / 1000) {
                return ticks;
            }
            ticks.add(snap(Math.round(tick / step), step));
        }
    }

    /** A tick's label: as few decimals as the step needs. */
    String label(double tick) {
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9));
        if (step * Math.pow(10, decimals) % 1 > 1e-9) {
            decimals++;
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", tick);
    }
}
