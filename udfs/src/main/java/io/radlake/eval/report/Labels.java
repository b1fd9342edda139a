package io.radlake.eval.report;

import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.slices.SliceDefinition;
import io.radlake.eval.slices.SliceKey;

import java.util.Locale;

/** How numbers, ROUGE types and slice groups are written in the report. */
final class Labels {
    private Labels() {
    }

    /** ROUGE-1, ROUGE-2, ROUGE-L, ROUGE-Lsum. */
    static String type(RougeType type) {
        return switch (type) {
            case ROUGE_1 -> "ROUGE-1";
            case ROUGE_2 -> "ROUGE-2";
            case ROUGE_L -> "ROUGE-L";
            case ROUGE_LSUM -> "ROUGE-Lsum";
        };
    }

    /** A score with three decimals. */
    static String score(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A difference with its sign (a real minus sign, so columns of numbers line up). */
    static String signed(double value) {
        String text = String.format(Locale.ROOT, "%+.3f", value);
        return text.equals("-0.000") ? "+0.000" : text.replace('-', '\u2212');
    }

    /** "[0.412, 0.455]". */
    static String interval(double low, double high) {
        return "[" + score(low) + ", " + score(high) + "]";
    }

    static String signedInterval(double low, double high) {
        return "[" + signed(low) + ", " + signed(high) + "]";
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String confidence(double confidence) {
        double percent = confidence * 100;
        return (percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f", percent)
                : String.format(Locale.ROOT, "%.1f", percent)) + "%";
    }

    /** The values of a group, e.g. "CT" or "CT \u00d7 F"; "all examples" for the overall group. */
    static String groupValues(SliceKey key) {
        return key.isOverall() ? "all examples" : String.join(" \u00d7 ", key.values());
    }

    /** The slice of a group, e.g. "modality \u00d7 patient_sex". */
    static String slice(SliceKey key) {
        return definition(key.definition());
    }

    /** A slice definition's heading, e.g. "modality \u00d7 patient_sex". */
    static String definition(SliceDefinition definition) {
        return definition.arity() == 0 ? "overall" : String.join(" \u00d7 ", definition.attributes());
    }
}
