package io.radlake.dataset.export;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything one export is built from.
 *
 * @param datasetName dataset name (manifest and card)
 * @param builderVersion radlake version
 * @param buildParameters the builder's parameters (templates, filters...); the exporter adds {@code seed},
 *     {@code tokenizer}, {@code deid_version} and {@code split_fractions} itself
 * @param sourceTableVersions Delta table -> version read
 * @param examplesBySplit split -> its examples in strictly increasing example_key order; iterated once per format,
 *     so a lazy source must be re-iterable
 * @param rejectReasons reason code -> rejected candidate pairs, for the card
 * @param deidVersion version of the de-identification behind the source text
 * @param tokenizer the token counter's {@link TokenCounter#description()}
 * @param seed the seed of template choice and splitting
 * @param splitFractions split -> requested fraction
 * @param formats the formats to write, in this order per split
 */
public record ExportRequest(
        String datasetName,
        String builderVersion,
        SortedMap<String, String> buildParameters,
        SortedMap<String, Long> sourceTableVersions,
        SortedMap<String, Iterable<ExportExample>> examplesBySplit,
        SortedMap<String, Long> rejectReasons,
        String deidVersion,
        String tokenizer,
        long seed,
        SortedMap<String, Double> splitFractions,
        List<ExportFormat> formats) {

    public ExportRequest {
        buildParameters = sortedCopy(buildParameters, "build parameters");
        sourceTableVersions = sortedCopy(sourceTableVersions, "source table versions");
        examplesBySplit = sortedCopy(examplesBySplit, "examples by split");
        rejectReasons = sortedCopy(rejectReasons, "reject reasons");
        splitFractions = sortedCopy(splitFractions, "split fractions");
        for (String split : examplesBySplit.keySet()) {
            if (!ExportExample.SPLIT_NAME.matcher(split).matches()) {
                throw new IllegalArgumentException(
                        "split names must match " + ExportExample.SPLIT_NAME.pattern() + ", got: " + split);
            }
        }
        Objects.requireNonNull(formats, "formats must not be null");
        if (formats.isEmpty() || formats.size() != formats.stream().distinct().count()) {
            throw new IllegalArgumentException("formats must list each of alpaca, chat at most once and not be"
                    + " empty, got: " + formats);
        }
        formats = List.copyOf(formats);
    }

    /** The manifest's build parameters: the caller's plus seed, tokenizer, de-id version and split fractions. */
    public SortedMap<String, String> manifestParameters() {
        Map<String, String> added = new LinkedHashMap<>();
        added.put("seed", Long.toString(seed));
        added.put("tokenizer", tokenizer);
        added.put("deid_version", deidVersion);
        StringBuilder fractions = new StringBuilder();
        splitFractions.forEach((split, f) -> fractions.append(fractions.length() == 0 ? "" : ",")
                .append(split).append('=').append(f));
        added.put("split_fractions", fractions.toString());
        SortedMap<String, String> all = new TreeMap<>(buildParameters);
        added.forEach((k, v) -> {
            String previous = all.put(k, v);
            if (previous != null && !previous.equals(v)) {
                throw new IllegalArgumentException("build parameter " + k + " is set by the exporter from the"
                        + " request's own field; leave it out of buildParameters or give the same value");
            }
        });
        return all;
    }

    private static <V> SortedMap<String, V> sortedCopy(Map<String, V> map, String what) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(map, what + " must not be null")));
    }
}
