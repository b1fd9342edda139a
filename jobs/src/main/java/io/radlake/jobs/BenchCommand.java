package io.radlake.jobs;

import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import io.radlake.deid.bench.DetectionBenchmark;
import io.radlake.deid.bench.DetectionBenchmarkResult;
import io.radlake.infer.InferenceInput;
import io.radlake.infer.ModelFolder;
import io.radlake.infer.TinyModel;
import io.radlake.jobs.infer.InferenceBenchmark;
import io.radlake.jobs.ingest.IngestResult;
import io.radlake.jobs.ingest.IngestStep;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.RadlakeSession;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code radlake bench ingest}: generator and ingest throughput, each as a ratio against a
 * baseline measured in the same run on the same files. Generator baseline: writing the same number
 * of bytes with a plain buffered stream (the disk's ceiling). Ingest baseline: Spark's own reader
 * for the format plus a Delta append, i.e. no byte-level record numbers, no strict charset checks,
 * no validation, no quarantine and no idempotent MERGE.
 *
 * <p>{@code radlake bench deid}: de-identification throughput of {@code RuleBasedPhiDetector} on
 * generated reports, one thread, no Spark, against one java.util.regex pass per rule in the same
 * run ({@link DetectionBenchmark}); reports are streamed in chunks, so a million fit in constant memory.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmarks generator and ingest throughput, de-identification throughput (reports/s, MB/s,"
        + " peak memory), or inference (rows/s, tokens/s per batch size, Spark path vs a plain DJL loop), against"
        + " baselines measured in the same run. Examples: radlake bench ingest --reports 1000000; radlake bench deid"
        + " --reports 1000000; radlake bench infer --batch-sizes 1,8,32")
public final class BenchCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WHAT",
      description = "What to benchmark: ingest (generator + ingest), deid (PHI detection, one thread) or infer"
          + " (DJL inference on the CPU).")
  String what;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "1000000", description = "Default: ${DEFAULT-VALUE}.")
  int reports;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv, jsonl or parquet. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--reports-per-file", paramLabel = "N", defaultValue = "50000",
      description = "Shard size; ingest reads one file per task. Default: ${DEFAULT-VALUE}.")
  int reportsPerFile;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "7", description = "Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--baseline-reports", paramLabel = "N", defaultValue = "" + DetectionBenchmark.DEFAULT_BASELINE_CAP,
      description = "deid only: the regex-per-rule baseline runs on the first N reports (it is ~100x slower)."
          + " Default: ${DEFAULT-VALUE}.")
  int baselineReports;

  @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
      description = "Scratch folder (emptied first). Default: ${DEFAULT-VALUE}.")
  Path work;

  @Option(names = "--model", paramLabel = "DIR",
      description = "infer only: model folder (default: the embedded " + TinyModel.NAME + ", copied under --work).")
  Path model;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "96",
      description = "infer only: inputs per measurement. Default: ${DEFAULT-VALUE}.")
  int examples;

  @Option(names = "--batch-sizes", paramLabel = "N,N", split = ",", defaultValue = "1,8,32",
      description = "infer only: batch sizes to measure. Default: ${DEFAULT-VALUE}.")
  int[] batchSizes;

  @Option(names = "--max-new-tokens", paramLabel = "N", defaultValue = "32",
      description = "infer only: tokens generated per input at most. Default: ${DEFAULT-VALUE}.")
  int maxNewTokens;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return switch (what) {
      case "ingest" -> ingest();
      case "deid" -> deid();
      case "infer" -> infer();
      default -> throw new IllegalArgumentException("bench WHAT must be one of: ingest, deid, infer, got: " + what);
    };
  }

  private int infer() throws IOException {
    if (examples < 1) {
      throw new IllegalArgumentException("bench infer --examples must be >= 1, got: " + examples);
    }
    for (int b : batchSizes) {
      if (b < 1) {
        throw new IllegalArgumentException("bench infer --batch-sizes must all be >= 1, got: " + b);
      }
    }
    Files.createDirectories(work);
    ModelFolder folder = ModelFolder.open(model != null ? model : TinyModel.extractTo(work));
    SparkSession spark = RadlakeSession.getOrCreate("radlake bench");
    List<InferenceInput> inputs = InferenceBenchmark.inputs(examples, seed);
    List<InferenceBenchmark.Measurement> results =
        new InferenceBenchmark(spark, folder, maxNewTokens).run(inputs, batchSizes);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("bench infer: model %s (%s), %d inputs (generated findings, seed %d), greedy, at most %d new tokens,"
        + " CPU, %d cores, DJL PyTorch %s%n", folder.spec().name(), folder.version().substring(0, 12), inputs.size(),
        seed, maxNewTokens, Runtime.getRuntime().availableProcessors(), ai.djl.engine.Engine.getEngine("PyTorch")
            .getVersion());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"batch", "path", "rows/s", "tokens/s", "time", "overhead/row vs direct"});
    for (int i = 0; i < results.size(); i += 2) {
      InferenceBenchmark.Measurement direct = results.get(i);
      InferenceBenchmark.Measurement viaSpark = results.get(i + 1);
      rows.add(InferenceBenchmark.format(direct, "baseline"));
      rows.add(InferenceBenchmark.format(viaSpark, String.format("%+.2f ms (%.2f x direct time)",
          (viaSpark.seconds() - direct.seconds()) * 1000 / viaSpark.rows(), viaSpark.seconds() / direct.seconds())));
    }
    DemoJob.printTable(out, rows);
    out.flush();
    return 0;
  }

  private int deid() {
    if (reports < 1) {
      throw new IllegalArgumentException("bench deid --reports must be >= 1, got: " + reports);
    }
    if (baselineReports < 0) {
      throw new IllegalArgumentException("bench deid --baseline-reports must be >= 0, got: " + baselineReports);
    }
    PrintWriter out = spec.commandLine().getOut();
    DetectionBenchmark benchmark = DetectionBenchmark.standard(baselineReports);
    DetectionBenchmarkResult result = benchmark.run(reports, seed);
    out.printf("bench deid: %d generated reports (seed %d), 1 thread of %d cores, Java %s, max heap %.2f GB%n",
        reports, seed, Runtime.getRuntime().availableProcessors(), Runtime.version(),
        Runtime.getRuntime().maxMemory() / 1e9);
    out.print(result.format());
    out.flush();
    return 0;
  }

  private int ingest() throws Exception {
    CorpusFormat corpusFormat = CorpusFormat.parse(format);
    if (corpusFormat == CorpusFormat.TEXT) {
      throw new IllegalArgumentException("bench --format must be csv, jsonl or parquet (text has no Spark baseline), got: text");
    }
    PrintWriter out = spec.commandLine().getOut();
    Folders.deleteRecursively(work);
    Files.createDirectories(work);
    PeakMemory peak = PeakMemory.start();
    Path corpusDir = work.resolve("corpus");
    CorpusSummary gen = new CorpusWriter().write(
        new CorpusSpec(seed, reports, corpusFormat, corpusDir, reportsPerFile, 0.0, null));
    long rawMillis = rawWriteMillis(work.resolve("raw-write.bin"), gen.bytesWritten());

    SparkSession spark = RadlakeSession.getOrCreate("radlake bench");
    List<String> files = DemoJob.dataFiles(corpusDir, gen);
    long dataBytes = 0;
    for (String f : files) {
      dataBytes += Files.size(Path.of(f));
    }
    long t0 = System.nanoTime();
    IngestResult ingest =
        new IngestStep(spark).inputs(files).lakehouse(new Lakehouse(work.resolve("lakehouse").toAbsolutePath().toString()))
            .runId(RunIds.newRunId("bench")).execute();
    long ingestMillis = (System.nanoTime() - t0) / 1_000_000;

    t0 = System.nanoTime();
    long baselineRows = baselineIngest(spark, corpusFormat, files, work.resolve("baseline").toAbsolutePath().toString());
    long baselineMillis = (System.nanoTime() - t0) / 1_000_000;
    peak.stop();

    out.printf("bench ingest: %d reports, %s, %d files, %.1f MB of data, %d cores, Spark %s%n", reports, format,
        files.size(), dataBytes / 1e6, Runtime.getRuntime().availableProcessors(), spark.version());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"phase", "what", "time", "reports/s", "MB/s", "ratio"});
    rows.add(row("generate", "radlake generate", gen.elapsedMillis(), reports, gen.bytesWritten(),
        String.format("%.2f x raw write", (double) rawMillis / gen.elapsedMillis())));
    rows.add(row("baseline", "raw buffered write, same bytes", rawMillis, reports, gen.bytesWritten(), "1.00"));
    rows.add(row("ingest", "radlake ingest", ingestMillis, ingest.recordsIn(), dataBytes,
        String.format("%.2f x baseline", (double) baselineMillis / ingestMillis)));
    rows.add(row("baseline", "spark." + format + " reader + delta append", baselineMillis, baselineRows, dataBytes, "1.00"));
    DemoJob.printTable(out, rows);
    out.println(ingest.balanceLine());
    Map<String, String> d = ingest.step().details();
    out.printf("ingest phases: read+validate+classify %s ms, quarantine check+merge %s ms, bronze check+merge %s ms%n",
        d.get("ms.read_validate_classify"), d.get("ms.merge_quarantine"), d.get("ms.merge_bronze"));
    out.printf("peak heap used %.2f GB (max %.2f GB); peak RSS %.2f GB%n", peak.heapBytes() / 1e9,
        Runtime.getRuntime().maxMemory() / 1e9, PeakMemory.peakRssBytes() / 1e9);
    out.flush();
    return ingest.balanced() && baselineRows == ingest.recordsIn() ? 0 : 1;
  }

  private static String[] row(String phase, String what, long millis, long reports, long bytes, String ratio) {
    double s = millis / 1000.0;
    return new String[] {phase, what, String.format("%.1f s", s), String.format("%.0f", reports / s),
        String.format("%.1f", bytes / 1e6 / s), ratio};
  }

  private static long baselineIngest(SparkSession spark, CorpusFormat format, List<String> files, String target) {
    String[] paths = files.toArray(String[]::new);
    Dataset<Row> df = switch (format) {
      case CSV -> spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(paths);
      case JSONL -> spark.read().json(paths);
      case PARQUET -> spark.read().parquet(paths);
      case TEXT -> throw new IllegalStateException("no baseline for text");
    };
    df.write().format("delta").mode("append").save(target);
    return spark.read().format("delta").load(target).count();
  }

  private static long rawWriteMillis(Path file, long bytes) throws IOException {
    byte[] block = new byte[1 << 16];
    java.util.Arrays.fill(block, (byte) 'x');
    long t0 = System.nanoTime();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long left = bytes; left > 0; left -= block.length) {
        out.write(block, 0, (int) Math.min(block.length, left));
      }
    }
    long millis = Math.max(1, (System.nanoTime() - t0) / 1_000_000);
    Files.delete(file);
    return millis;
  }

  /** Samples used heap every 50 ms; peak RSS comes from the kernel (VmHWM). */
  static final class PeakMemory {
    private final AtomicLong peakHeap = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private PeakMemory() {
      sampler = new Thread(() -> {
        var memory = ManagementFactory.getMemoryMXBean();
        while (running) {
          peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
          try {
            Thread.sleep(50);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "radlake-bench-memory");
      sampler.setDaemon(true);
    }

    static PeakMemory start() {
      PeakMemory p = new PeakMemory();
      p.sampler.start();
      return p;
    }

    void stop() {
      running = false;
    }

    long heapBytes() {
      return peakHeap.get();
    }

    static long peakRssBytes() {
      try {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
          if (line.startsWith("VmHWM:")) {
            return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
          }
        }
      } catch (IOException | NumberFormatException e) {
        // not Linux: report 0
      }
      return 0;
    }
  }
}
