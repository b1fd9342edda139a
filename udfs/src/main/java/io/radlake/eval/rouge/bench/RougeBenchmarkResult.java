package io.radlake.eval.rouge.bench;

import java.util.List;
import java.util.Locale;

/**
 * What {@link RougeBenchmark#run} measured: for each workload, the bit-parallel scorer and the DP baseline on the same
 * pairs in the same run, single thread.
 *
 * @param pairs                  pairs scored per timed pass
 * @param distinctPairs          distinct pairs behind them (cycled)
 * @param seed                   report generator and paraphrase seed
 * @param meanReferenceTokens    mean tokens per reference (impression-length)
 * @param meanPredictionTokens   mean tokens per prediction
 * @param rows                   one per workload and algorithm
 * @param scoresIdentical        whether both algorithms gave the same summed scores on every workload
 */
public record RougeBenchmarkResult(int pairs, int distinctPairs, long seed, double meanReferenceTokens,
                                   double meanPredictionTokens, List<Row> rows, boolean scoresIdentical) {

    public RougeBenchmarkResult {
        rows = List.copyOf(rows);
    }

    /**
     * @param workload              what was timed
     * @param algorithm             "bit-parallel" or "dynamic-programming"
     * @param meanTokens            mean tokens per text (references and predictions together) in this workload
     * @param seconds               wall time of the fastest timed pass
     * @param cpuSeconds            CPU time of the scoring thread in the pass that used least
     * @param pairsPerSecond        pairs / seconds
     * @param pairsPerCpuSecond     pairs / cpuSeconds: throughput per core
     * @param speedupOverBaseline   this row's pairs per CPU second over the DP row of the same workload
     * @param allocatedBytesPerPair heap bytes allocated per pair by the scoring thread, -1 where the JVM cannot tell
     * @param peakHeapBytes         peak heap use (all heap pools) during the timed passes
     */
    public record Row(String workload, String algorithm, double meanTokens, double seconds, double cpuSeconds, double pairsPerSecond,
                      double pairsPerCpuSecond, double speedupOverBaseline, double allocatedBytesPerPair, long peakHeapBytes) {
    }

    public Row row(String workload, String algorithm) {
        return rows.stream()
                .filter(row -> row.workload().equals(workload) && row.algorithm().equals(algorithm))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row for workload '" + workload
                        + "' and algorithm '" + algorithm + "'"));
    }

    /** A fixed-width table for logs and the README. */
    public String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "ROUGE benchmark: %,d pairs per pass (%,d distinct), seed %d, "
                + "%.1f reference / %.1f prediction tokens per pair, 1 thread%n",
                pairs, distinctPairs, seed, meanReferenceTokens, meanPredictionTokens));
        String format = "%-31s %6s %-19s %7s %7s %12s %12s %8s %10s %9s%n";
        out.append(String.format(Locale.ROOT, format, "workload", "tokens", "LCS", "wall s", "cpu s", "pairs/s",
                "pairs/cpu-s", "speedup", "alloc B/pr", "peak heap"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, format, row.workload(),
                    String.format(Locale.ROOT, "%.1f", row.meanTokens()), row.algorithm(),
                    String.format(Locale.ROOT, "%.3f", row.seconds()),
                    String.format(Locale.ROOT, "%.3f", row.cpuSeconds()),
                    String.format(Locale.ROOT, "%,.0f", row.pairsPerSecond()),
                    String.format(Locale.ROOT, "%,.0f", row.pairsPerCpuSecond()),
                    String.format(Locale.ROOT, "%.2fx", row.speedupOverBaseline()),
                    row.allocatedBytesPerPair() < 0 ? "n/a"
                            : String.format(Locale.ROOT, "%,.0f", row.allocatedBytesPerPair()),
                    String.format(Locale.ROOT, "%d MiB", row.peakHeapBytes() >> 20)));
        }
        out.append("scores identical across algorithms: ").append(scoresIdentical ? "yes" : "NO").append('\n');
        return out.toString();
    }
}
