package io.radlake.jobs;

import io.radlake.corpus.BrokenKind;
import io.radlake.corpus.CorpusFormat;
import io.radlake.corpus.CorpusSpec;
import io.radlake.corpus.CorpusSummary;
import io.radlake.corpus.CorpusWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code radlake generate}: a synthetic report corpus with planted PHI and its ground truth. No Spark. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a synthetic radiology report corpus (CR, CT, MR, US, MG) with planted PHI of every HIPAA Safe"
          + " Harbor category, deterministic from --seed, streaming in constant memory (100 to 10,000,000 reports).",
      "Output: data shards (reports-NNNNN.csv|jsonl|parquet, or reports/*.txt + manifest-NNNNN.csv), the"
          + " planted spans in _ground_truth/phi_spans-NNNNN.jsonl (category + offsets, no PHI text),"
          + " _broken_records.jsonl (each deliberately broken record and its kind) and _corpus.json."
    })
public final class GenerateCommand implements Callable<Integer> {
  @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
      description = "Folder to write; created if absent, must be empty if present.")
  Path output;

  @Option(names = "--reports", paramLabel = "N", defaultValue = "2000",
      description = "Number of reports, 100..10000000. Default: ${DEFAULT-VALUE}.")
  int reports;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
      description = "Seed; the same seed gives byte-identical output. Default: ${DEFAULT-VALUE}.")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv, jsonl, parquet or text. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--reports-per-file", paramLabel = "N", defaultValue = "" + CorpusSpec.DEFAULT_REPORTS_PER_FILE,
      description = "Reports per data shard. Default: ${DEFAULT-VALUE}.")
  int reportsPerFile;

  @Option(names = "--broken-fraction", paramLabel = "F", defaultValue = "0",
      description = "Fraction of records deliberately broken (0..0.5), to exercise ingest's quarantine."
          + " Default: ${DEFAULT-VALUE}.")
  double brokenFraction;

  @Option(names = "--broken-kinds", paramLabel = "KIND", split = ",",
      description = "Kinds of breakage to draw from (default: all): ${COMPLETION-CANDIDATES}.")
  List<BrokenKind> brokenKinds;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Set<BrokenKind> kinds = brokenKinds == null ? null : EnumSet.copyOf(brokenKinds);
    CorpusSpec corpus =
        new CorpusSpec(seed, reports, CorpusFormat.parse(format), output, reportsPerFile, brokenFraction, kinds);
    CorpusSummary summary = new CorpusWriter().write(corpus);
    print(spec.commandLine().getOut(), corpus, summary);
    return 0;
  }

  static void print(PrintWriter out, CorpusSpec corpus, CorpusSummary s) {
    double seconds = s.elapsedMillis() / 1000.0;
    out.printf("generate: %d reports (seed %d, %s) -> %s%n", s.reportsWritten(), corpus.seed(),
        corpus.format().name().toLowerCase(java.util.Locale.ROOT), corpus.outputDir());
    out.printf("  %d data files, %d files in all, %.1f MB in %.1f s (%.0f reports/s, %.1f MB/s)%n",
        s.dataFiles().size(), s.filesWritten(), s.bytesWritten() / 1e6, seconds, s.reportsPerSecond(),
        seconds == 0 ? 0 : s.bytesWritten() / 1e6 / seconds);
    out.printf("  planted PHI spans: %d; broken records: %d%n",
        s.phiSpanCounts().values().stream().mapToLong(Long::longValue).sum(), s.brokenTotal());
    out.flush();
  }
}
