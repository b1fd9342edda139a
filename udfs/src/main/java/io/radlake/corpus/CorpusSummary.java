package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link CorpusWriter#write(CorpusSpec)} produced.
 *
 * @param reportsWritten  records written, broken ones included
 * @param dataFiles       data shards relative to the output dir (manifests for TEXT), in order
 * @param filesWritten    every file created: shards, ground truth, _corpus.json, _broken_records.jsonl, .txt files
 * @param bytesWritten    total size of every file created
 * @param brokenCounts    broken records per kind actually written (every kind present, zero if none)
 * @param phiSpanCounts   ground-truth spans written per category (every category present)
 * @param elapsedMillis   wall time of the write
 */
public record CorpusSummary(
        long reportsWritten,
        List<String> dataFiles,
        long filesWritten,
        long bytesWritten,
        Map<BrokenKind, Long> brokenCounts,
        Map<PhiCategory, Long> phiSpanCounts,
        long elapsedMillis) {

    public CorpusSummary {
        dataFiles = List.copyOf(dataFiles);
        brokenCounts = Collections.unmodifiableMap(new EnumMap<>(brokenCounts));
        phiSpanCounts = Collections.unmodifiableMap(new EnumMap<>(phiSpanCounts));
    }

    public long brokenTotal() {
        return brokenCounts.values().stream().mapToLong(Long::longValue).sum();
    }

    public double reportsPerSecond() {
        return elapsedMillis == 0 ? reportsWritten * 1000.0 : reportsWritten * 1000.0 / elapsedMillis;
    }
}
