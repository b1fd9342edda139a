package io.radlake.deid.bench;

import java.util.Locale;

/**
 * What {@link DetectionBenchmark#run} measured, single-threaded, on one machine. MB are 10^6 bytes of UTF-8 report
 * text; report generation is not timed.
 *
 * @param baselineReports reports the regex baseline ran on: all of them, or the first ones up to its cap
 * @param baselineCapped  whether the baseline stopped at its cap (then its rates come from fewer reports)
 * @param speedup         engine MB/s over baseline MB/s
 * @param peakHeapBytes   largest used heap seen after a chunk (generation included)
 * @param engineFindings  findings the engine reported, a check that the work was done
 */
public record DetectionBenchmarkResult(
        long reports,
        long bytes,
        double engineSeconds,
        double engineMegabytesPerSecond,
        double engineReportsPerSecond,
        long baselineReports,
        long baselineBytes,
        double baselineSeconds,
        double baselineMegabytesPerSecond,
        double baselineReportsPerSecond,
        boolean baselineCapped,
        double speedup,
        long peakHeapBytes,
        long engineFindings,
        long baselineFindings) {

    /** A small table: one line per detector, then the ratio and the peak heap. */
    public String format() {
        StringBuilder out = new StringBuilder(512);
        out.append(String.format(Locale.ROOT, "%-34s %10s %12s %10s %10s %12s%n", "detector (1 thread)", "reports",
                "MB", "seconds", "MB/s", "reports/s"));
        out.append(row("RuleBasedPhiDetector (DFA + AC)", reports, bytes, engineSeconds, engineMegabytesPerSecond,
                engineReportsPerSecond));
        out.append(row("RegexPerRulePhiDetector" + (baselineCapped ? " (capped)" : ""), baselineReports,
                baselineBytes, baselineSeconds, baselineMegabytesPerSecond, baselineReportsPerSecond));
        out.append(String.format(Locale.ROOT, "speedup %.1fx, peak heap %d MB%s%n", speedup,
                peakHeapBytes / 1_000_000, baselineCapped ? ", baseline capped at " + baselineReports + " reports" : ""));
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static String row(String name, long reports, long bytes, double seconds, double mbPerSecond,
                              double reportsPerSecond) {
        return String.format(Locale.ROOT, "%-34s %10d %12.1f %10.2f %10.2f %12.0f%n", name, reports, bytes / 1e6,
                seconds, mbPerSecond, reportsPerSecond);
    }
}
