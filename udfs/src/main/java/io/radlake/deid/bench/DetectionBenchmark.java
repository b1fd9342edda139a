package io.radlake.deid.bench;

import io.radlake.corpus.ReportGenerator;
import io.radlake.deid.PhiDetector;
import io.radlake.deid.RuleBasedPhiDetector;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Times the detection engine against the regex-per-rule baseline on generated reports, single-threaded, side by
 * side in one run. Reports are generated in chunks of {@link #chunkReports()} and dropped after use, so memory
 * stays constant whatever the report count (a million works); generation is not timed. The baseline is far
 * slower, so it only runs on the first {@link #baselineReportCap()} reports. Both detectors get an untimed
 * warm-up so the JIT has compiled them before timing starts. Besides wall time it records the thread's CPU time:
 * on a shared machine that is the steadier "per core" figure.
 */
public final class DetectionBenchmark {

    public static final int DEFAULT_BASELINE_CAP = 2_000;
    public static final int DEFAULT_CHUNK = 1_000;
    /** Engine warm-up: three rounds over this many reports (C2 needs thousands of calls on a busy machine). */
    private static final int WARM_UP_REPORTS = 2_000;
    private static final int BASELINE_WARM_UP_REPORTS = 100;

    private final PhiDetector engine;
    private final PhiDetector baseline;
    private final int baselineReportCap;
    private final int chunkReports;

    public DetectionBenchmark(PhiDetector engine, PhiDetector baseline, int baselineReportCap, int chunkReports) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.baseline = Objects.requireNonNull(baseline, "baseline");
        if (baselineReportCap < 0) {
            throw new IllegalArgumentException("baseline report cap must be >= 0, got: " + baselineReportCap);
        }
        if (chunkReports < 1) {
            throw new IllegalArgumentException("chunk size must be >= 1 report, got: " + chunkReports);
        }
        this.baselineReportCap = baselineReportCap;
        this.chunkReports = chunkReports;
    }

    /** The standard engine against the standard baseline, baseline capped at {@value #DEFAULT_BASELINE_CAP}. */
    public static DetectionBenchmark standard() {
        return standard(DEFAULT_BASELINE_CAP);
    }

    public static DetectionBenchmark standard(int baselineReportCap) {
        return new DetectionBenchmark(RuleBasedPhiDetector.standard(), RegexPerRulePhiDetector.standard(),
                baselineReportCap, DEFAULT_CHUNK);
    }

    public int baselineReportCap() {
        return baselineReportCap;
    }

    public int chunkReports() {
        return chunkReports;
    }

    /** Detects PHI in reports 0..reports-1 of {@code new ReportGenerator(seed)} with both detectors. */
    public DetectionBenchmarkResult run(int reports, long seed) {
        if (reports < 1) {
            throw new IllegalArgumentException("benchmark report count must be >= 1, got: " + reports);
        }
        ReportGenerator generator = new ReportGenerator(seed);
        warmUp(generator, Math.min(reports, WARM_UP_REPORTS));
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadCpu cpu = new ThreadCpu();
        long peakHeap = memory.getHeapMemoryUsage().getUsed();
        long bytes = 0;
        long engineNanos = 0;
        long engineCpuNanos = 0;
        long baselineCpuNanos = 0;
        long engineFindings = 0;
        long baselineReports = 0;
        long baselineBytes = 0;
        long baselineNanos = 0;
        long baselineFindings = 0;
        List<String> chunk = new ArrayList<>(chunkReports);
        for (long first = 0; first < reports; first += chunkReports) {
            chunk.clear();
            long last = Math.min(reports, first + chunkReports);
            long chunkBytes = 0;
            for (long index = first; index < last; index++) {
                String text = generator.generate(index).reportText();
                chunk.add(text);
                chunkBytes += text.getBytes(StandardCharsets.UTF_8).length;
            }
            bytes += chunkBytes;
            long cpuStart = cpu.nanos();
            long start = System.nanoTime();
            for (String text : chunk) {
                engineFindings += engine.detect(text).size();
            }
            engineNanos += System.nanoTime() - start;
            engineCpuNanos += cpu.nanos() - cpuStart;
            if (baselineReports < baselineReportCap) {
                int take = (int) Math.min(chunk.size(), baselineReportCap - baselineReports);
                cpuStart = cpu.nanos();
                start = System.nanoTime();
                for (int k = 0; k < take; k++) {
                    baselineFindings += baseline.detect(chunk.get(k)).size();
                }
                baselineNanos += System.nanoTime() - start;
                baselineCpuNanos += cpu.nanos() - cpuStart;
                for (int k = 0; k < take; k++) {
                    baselineBytes += chunk.get(k).getBytes(StandardCharsets.UTF_8).length;
                }
                baselineReports += take;
            }
            peakHeap = Math.max(peakHeap, memory.getHeapMemoryUsage().getUsed());
        }
        double engineSeconds = engineNanos / 1e9;
        double baselineSeconds = baselineNanos / 1e9;
        double engineRate = rate(bytes / 1e6, engineSeconds);
        double baselineRate = rate(baselineBytes / 1e6, baselineSeconds);
        return new DetectionBenchmarkResult(reports, bytes, engineSeconds, engineRate, rate(reports, engineSeconds),
                baselineReports, baselineBytes, baselineSeconds, baselineRate, rate(baselineReports, baselineSeconds),
                baselineReports < reports, baselineRate > 0 ? engineRate / baselineRate : 0, peakHeap,
                engineFindings, baselineFindings, cpu.supported() ? engineCpuNanos / 1e9 : 0,
                cpu.supported() ? baselineCpuNanos / 1e9 : 0);
    }

    private void warmUp(ReportGenerator generator, int count) {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < count; i++) {
                String text = generator.generate(i).reportText();
                engine.detect(text);
                if (round == 0 && i < Math.min(BASELINE_WARM_UP_REPORTS, baselineReportCap)) {
                    baseline.detect(text);
                }
            }
        }
    }

    private static double rate(double amount, double seconds) {
        return seconds > 0 ? amount / seconds : 0;
    }

    /** CPU time of the calling thread, where the JVM measures it. */
    private static final class ThreadCpu {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private final boolean supported = threads.isCurrentThreadCpuTimeSupported();

        boolean supported() {
            return supported;
        }

        long nanos() {
            return supported ? threads.getCurrentThreadCpuTime() : 0;
        }
    }

    /** {@code java ... DetectionBenchmark [reports] [seed] [baselineCap]}: prints the table. */
    public static void main(String[] args) {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        int cap = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_BASELINE_CAP;
        System.out.print(standard(cap).run(reports, seed).format());
    }
}
