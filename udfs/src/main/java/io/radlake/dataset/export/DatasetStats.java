package io.radlake.dataset.export;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the dataset card reports. Counts only: nothing here may hold report text or identifiers.
 *
 * @param datasetName the dataset's name
 * @param builderVersion version of the builder
 * @param countsBySplitAndModality split -> modality -> number of examples
 * @param inputTokens lengths of the inputs (the instruction is not counted)
 * @param outputTokens lengths of the outputs
 * @param rejectReasons filter reason code -> number of candidate pairs rejected for it
 * @param deidVersion version of the de-identification that produced the source text
 * @param tokenizer description of the token counter ({@link TokenCounter#description()})
 * @param seed the seed of template choice and split assignment
 * @param splitFractions split -> requested fraction
 */
public record DatasetStats(
        String datasetName,
        String builderVersion,
        SortedMap<String, SortedMap<String, Long>> countsBySplitAndModality,
        LengthHistogram inputTokens,
        LengthHistogram outputTokens,
        SortedMap<String, Long> rejectReasons,
        String deidVersion,
        String tokenizer,
        long seed,
        SortedMap<String, Double> splitFractions) {

    public DatasetStats {
        requireNonBlank(datasetName, "dataset name");
        requireNonBlank(builderVersion, "builder version");
        requireNonBlank(deidVersion, "de-identification version");
        requireNonBlank(tokenizer, "tokenizer description");
        Objects.requireNonNull(inputTokens, "input token histogram must not be null");
        Objects.requireNonNull(outputTokens, "output token histogram must not be null");
        SortedMap<String, SortedMap<String, Long>> counts = new TreeMap<>();
        Objects.requireNonNull(countsBySplitAndModality, "counts by split and modality must not be null");
        for (Map.Entry<String, SortedMap<String, Long>> e : countsBySplitAndModality.entrySet()) {
            counts.put(e.getKey(), nonNegative(e.getValue(), "example counts"));
        }
        countsBySplitAndModality = Collections.unmodifiableSortedMap(counts);
        rejectReasons = nonNegative(rejectReasons, "reject counts");
        Objects.requireNonNull(splitFractions, "split fractions must not be null");
        SortedMap<String, Double> fractions = new TreeMap<>();
        for (Map.Entry<String, Double> e : splitFractions.entrySet()) {
            double f = e.getValue();
            if (!(f >= 0.0 && f <= 1.0)) {
                throw new IllegalArgumentException("split fractions must be in [0, 1], got: " + f);
            }
            fractions.put(e.getKey(), f);
        }
        splitFractions = Collections.unmodifiableSortedMap(fractions);
    }

    /** Examples in all splits. */
    public long totalExamples() {
        long total = 0;
        for (SortedMap<String, Long> byModality : countsBySplitAndModality.values()) {
            for (long c : byModality.values()) {
                total += c;
            }
        }
        return total;
    }

    private static SortedMap<String, Long> nonNegative(Map<String, Long> map, String what) {
        Objects.requireNonNull(map, what + " must not be null");
        SortedMap<String, Long> copy = new TreeMap<>();
        for (Map.Entry<String, Long> e : map.entrySet()) {
            if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null || e.getValue() < 0) {
                throw new IllegalArgumentException(what + " need non-blank names and values >= 0");
            }
            copy.put(e.getKey(), e.getValue());
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    private static void requireNonBlank(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must be a non-blank string");
        }
    }
}
