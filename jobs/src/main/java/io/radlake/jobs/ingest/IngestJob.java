package io.radlake.jobs.ingest;

import io.radlake.ingest.ColumnMapping;
import io.radlake.ingest.IngestSettings;
import io.radlake.ingest.SourceFormat;
import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIdOption;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeOptions;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.RunMetrics;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code radlake ingest}: raw report files -> bronze.reports_raw + bronze.quarantine. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads raw reports (CSV, JSON lines, Parquet, or a text folder with manifest*.csv) into the Delta table"
          + " bronze.reports_raw. Records that fail validation go to bronze.quarantine with a reason; nothing is"
          + " dropped, and the run prints the balance in = written + unchanged + duplicates + quarantined.",
      "Idempotent: a rerun on the same input adds nothing; a changed text for a known report_id is stored as"
          + " its next report_version.",
      "Exit codes: 0 ok, 1 failed (nothing half-written: each table commit is atomic), 2 bad options or input."
    })
public final class IngestJob implements Callable<Integer> {
  @Option(
      names = {"-i", "--input"},
      required = true,
      paramLabel = "PATH",
      description = "File, folder or glob to read (repeatable). Folders are read recursively; names starting"
          + " with '.' or '_' are skipped.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "auto (from each file name: .csv, .jsonl/.ndjson/.json, .parquet, manifest*.csv = text"
          + " folder), csv, jsonl, parquet or text. Default: spark.radlake.ingest.format, else auto.")
  String format;

  @Option(
      names = "--map",
      paramLabel = "CANONICAL=SOURCE",
      description = "Maps a canonical column to the export's column name, e.g. --map report_text=ReportBody"
          + " (repeatable). Canonical columns: report_id, patient_id, accession_number, study_datetime, modality,"
          + " body_part, site_id, patient_sex, patient_age, report_text. Other source columns are kept in"
          + " the attributes map.")
  List<String> mappings = new ArrayList<>();

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Charset of the source files; bytes invalid in it are quarantined as INVALID_ENCODING,"
          + " never replaced. Default: spark.radlake.ingest.encoding, else UTF-8.")
  String encoding;

  @Option(
      names = "--max-text-bytes",
      paramLabel = "N",
      description = "Reports larger than N UTF-8 bytes are quarantined as TEXT_TOO_LARGE."
          + " Default: spark.radlake.ingest.maxTextBytes, else " + IngestSettings.DEFAULT_MAX_TEXT_BYTES + ".")
  Long maxTextBytes;

  @Mixin RunIdOption runIdOption = new RunIdOption();

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // Flags are checked before Spark starts: a typo should not cost a session start-up.
    ColumnMapping.parse(mappings);
    if (maxTextBytes != null) {
      IngestSettings.requireValidMaxTextBytes(maxTextBytes);
    }
    SparkSession spark = RadlakeSession.getOrCreate("radlake ingest");
    IngestResult result = run(spark);
    PrintWriter out = spec.commandLine().getOut();
    print(out, result);
    return result.balanced() ? 0 : 1;
  }

  /** Resolves options, runs the step and records its metrics. */
  IngestResult run(SparkSession spark) {
    OptionResolver resolver = OptionResolver.of(spark, Map.of());
    String formatValue = resolver.resolve(RadlakeOptions.INGEST_FORMAT, format, "auto");
    IngestSettings settings =
        new IngestSettings(
            ColumnMapping.parse(mappings),
            resolver.resolve(RadlakeOptions.INGEST_ENCODING, encoding, "UTF-8"),
            resolver.resolveLong(RadlakeOptions.INGEST_MAX_TEXT_BYTES, maxTextBytes, IngestSettings.DEFAULT_MAX_TEXT_BYTES));
    Lakehouse lakehouse = lakehouseOption.resolve(resolver);
    IngestResult result =
        new IngestStep(spark)
            .inputs(inputs)
            .format("auto".equalsIgnoreCase(formatValue) ? null : SourceFormat.parse(formatValue))
            .settings(settings)
            .lakehouse(lakehouse)
            .runId(runIdOption.resolve(IngestStep.JOB))
            .execute();
    RunMetrics.append(spark, lakehouse, result.step());
    return result;
  }

  static void print(PrintWriter out, IngestResult r) {
    out.printf("ingest %s: %d files, %.1f MB in %.1f s%n",
        r.step().runId(), r.files(), r.bytesRead() / 1e6, r.step().duration().toMillis() / 1000.0);
    out.println("  " + r.balanceLine());
    r.byReason().forEach((reason, n) -> out.printf("  quarantined %-24s %d%n", reason, n));
    out.flush();
  }
}
