package io.radlake.dataset;

import java.util.Map;
import java.util.TreeMap;

/**
 * The stratum of a patient for the split: the modality of most of their (eligible) reports; on a tie the modality
 * first in {@link String#compareTo} order; a null or blank modality counts as {@value #UNKNOWN}. The most frequent
 * modality is used rather than that of one chosen report: report keys are keyed hashes, so "the first report" would
 * be a random one, and the majority is what the patient contributes most examples to. It depends only on the
 * multiset of modalities, so it is the same in any row order. Spark equivalent: count rows per (patient_key,
 * modality) with nulls as "unknown", then per patient take the row with the highest count and, among those, the
 * smallest modality.
 */
public final class PatientStratum {

    /** The stratum of reports without a modality. */
    public static final String UNKNOWN = "unknown";

    private PatientStratum() {
    }

    /** The stratum from the modality of each of the patient's reports (one entry per report). */
    public static String of(Iterable<String> modalitiesOfReports) {
        Map<String, Long> counts = new TreeMap<>();
        for (String modality : modalitiesOfReports) {
            counts.merge(normalise(modality), 1L, Long::sum);
        }
        return fromCounts(counts);
    }

    /** The stratum from report counts per modality. */
    public static String fromCounts(Map<String, Long> reportsPerModality) {
        String best = null;
        long bestCount = 0;
        for (Map.Entry<String, Long> entry : normaliseKeys(reportsPerModality).entrySet()) {
            if (entry.getValue() > bestCount) { // strictly greater: the first (smallest) modality wins ties
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("a patient needs at least one report to have a stratum");
        }
        return best;
    }

    /** The trimmed modality, or {@value #UNKNOWN} when null or blank. */
    public static String normalise(String modality) {
        return modality == null || modality.isBlank() ? UNKNOWN : modality.trim();
    }

    private static Map<String, Long> normaliseKeys(Map<String, Long> counts) {
        Map<String, Long> merged = new TreeMap<>();
        counts.forEach((modality, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("report counts must be >= 0, got: " + count);
            }
            merged.merge(normalise(modality), count, Long::sum);
        });
        return merged;
    }
}
