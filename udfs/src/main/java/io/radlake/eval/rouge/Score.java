package io.radlake.eval.rouge;

/**
 * Precision, recall and F1 of one ROUGE measure, as rouge-score's {@code Score} namedtuple.
 *
 * @param precision overlap / prediction size, in [0, 1]
 * @param recall    overlap / reference size, in [0, 1]
 * @param fmeasure  harmonic mean of the two, 0 when both are 0
 */
public record Score(double precision, double recall, double fmeasure) {

    public static final Score ZERO = new Score(0, 0, 0);

    /** With rouge-score's F1, evaluated in the same order so the double is bit-identical. */
    public static Score of(double precision, double recall) {
        return new Score(precision, recall, fmeasure(precision, recall));
    }

    static double fmeasure(double precision, double recall) {
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }
}
