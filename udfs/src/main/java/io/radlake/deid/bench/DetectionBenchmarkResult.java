package io.radlake.deid.bench;

import java.util.Locale;

/**
 * What {@link DetectionBenchmark#run} measured, single-threaded, on one machine. MB are 10^6 bytes of UTF-8 report
 * text; report generation is not timed.
 *
 * @param baselineReports   reports the regex baseline ran on: all of them, or the first ones up to its cap
 * @param baselineCapped    whether the baseline stopped at its cap (then its rates come from fewer reports)
 * @param speedup           engine MB/s over baseline MB/s (wall time): the ratio the issue asks for
 * @param peakHeapBytes     largest used heap seen after a chunk (generation included)
 * @param engineFindings    findings the engine reported, a check that the work was done
 * @param engineCpuSeconds  CPU time of the benchmark thread in the engine, 0 where the JVM cannot measure it
 * @param baselineCpuSeconds the same for the baseline
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
        long baselineFindings,
        double engineCpuSeconds,
        double baselineCpuSeconds) {

    /** Engine MB per second of thread CPU time: MB/s per core, unaffected by other processes taking the CPU. */
    public double engineMegabytesPerCpuSecond() {
        return engineCpuSeconds > 0 ? bytes / 1e6 / engineCpuSeconds : 0;
    }

    public double baselineMegabytesPerCpuSecond() {
        return baselineCpuSeconds > 0 ? baselineBytes / 1e6 / baselineCpuSeconds : 0;
    }

    /** A small table: one line per detector, then the ratio and the peak heap. */
    public String format() {
        StringBuilder out = new StringBuilder(512);
        out.append(String.format(Locale.ROOT, "%-34s %10s %10s %9s %9s %11s %12s%n", "detector (1 thread)", "reports",
                "MB", "seconds", "MB/s", "reports/s", "MB/cpu-s"));
        out.append(row("RuleBasedPhiDetector (DFA + words)", reports, bytes, engineSeconds, engineMegabytesPerSecond,
                engineReportsPerSecond, engineMegabytesPerCpuSecond()));
        out.append(row("RegexPerRulePhiDetector" + (baselineCapped ? " (capped)" : ""), baselineReports,
                baselineBytes, baselineSeconds, baselineMegabytesPerSecond, baselineReportsPerSecond,
                baselineMegabytesPerCpuSecond()));
        double cpuRatio = baselineMegabytesPerCpuSecond() > 0
                ? engineMegabytesPerCpuSecond() / baselineMegabytesPerCpuSecond() : 0;
        out.append(String.format(Locale.ROOT, "ratio engine/baseline: %.1fx MB/s (speedup; %.1fx on CPU time)%s%n",
                speedup, cpuRatio, baselineCapped ? ", baseline capped at " + baselineReports + " reports" : ""));
        out.append(String.format(Locale.ROOT, "peak heap used: %d MB (reports streamed in chunks, never all held)%n",
                peakHeapBytes / 1_000_000));
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    private static String row(String name, long reports, long bytes, double seconds, double mbPerSecond,
                              double reportsPerSecond, double mbPerCpuSecond) {
        return String.format(Locale.ROOT, "%-34s %10d %10.1f %9.2f %9.2f %11.0f %12.2f%n", name, reports, bytes / 1e6,
                seconds, mbPerSecond, reportsPerSecond, mbPerCpuSecond);
    }
}
