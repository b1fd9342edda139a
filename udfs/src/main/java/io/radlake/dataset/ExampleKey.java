package io.radlake.dataset;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The stable key of a dataset example: {@code ex_} followed by the hex part of the report's {@code report_key}
 * ({@code r_3fa9...} becomes {@code ex_3fa9...}).
 *
 * <p>Decision: one example per report (its latest version), so the key comes from {@code report_key} alone.
 * <ul>
 *   <li>Not the template id: the template is itself chosen from the key and the seed, so adding it would add no
 *       information, and the key would change whenever the template list or the seed changes; examples of two
 *       builds (other seed, other templates) must stay comparable by key.</li>
 *   <li>Not a fresh hash: the mapping back to {@link #reportKey()} is a string operation, so evaluation can join
 *       predictions to silver attributes (slices) without a lookup table. Nothing is revealed by that: report_key
 *       is already a keyed pseudonym.</li>
 *   <li>Not the report_version: a corrected report replaces its example instead of adding a second one, and the
 *       patient-level split does not change.</li>
 * </ul>
 *
 * @param value {@code ex_} and lower-case hex digits
 */
public record ExampleKey(String value) implements Comparable<ExampleKey>, Serializable {

    private static final Pattern VALUE = Pattern.compile("ex_[0-9a-f]+");
    private static final Pattern REPORT_KEY = Pattern.compile("r_[0-9a-f]+");

    public ExampleKey {
        // The message never shows the key: keys are identifiers and stay out of logs.
        if (value == null || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("an example key must be 'ex_' followed by lower-case hex digits");
        }
    }

    /** The key of the example made from the report with this {@code report_key} ({@code r_} + hex). */
    public static ExampleKey ofReport(String reportKey) {
        if (reportKey == null || !REPORT_KEY.matcher(reportKey).matches()) {
            throw new IllegalArgumentException(
                    "report_key must be 'r_' followed by lower-case hex digits (silver.reports_deid)");
        }
        return new ExampleKey("ex_" + reportKey.substring(2));
    }

    /** The {@code report_key} this example was made from. */
    public String reportKey() {
        return "r_" + value.substring(3);
    }

    @Override
    public int compareTo(ExampleKey other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
