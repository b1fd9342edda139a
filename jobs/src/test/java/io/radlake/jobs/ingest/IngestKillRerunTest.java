package io.radlake.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.spark.FaultInjection;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.SparkTestBase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ingest killed halfway in a real child JVM (kill -9 while it reads and merges, and a halt between
 * the quarantine and the bronze commit), then rerun: nothing lost, nothing duplicated.
 */
class IngestKillRerunTest extends SparkTestBase {
  /** Big enough for the kill to land while the child reads and merges. */
  private static final Input LARGE = new Input(12, 1_500);
  /** The halt comes at a fixed point whatever the size: a few files with bad rows suffice. */
  private static final Input SMALL = new Input(3, 40);
  private static final int BAD_PER_FILE = 3;
  private static Path largeInput;
  private static Path smallInput;

  /** {@code files} csv files of {@code rowsPerFile} rows, the first BAD_PER_FILE of each without a patient id. */
  private record Input(int files, int rowsPerFile) {
    long good() {
      return (long) files * (rowsPerFile - BAD_PER_FILE);
    }

    long bad() {
      return (long) files * BAD_PER_FILE;
    }
  }

  @BeforeAll
  static void writeInput() throws IOException {
    largeInput = write(LARGE, newFolder("input"));
    smallInput = write(SMALL, newFolder("small-input"));
  }

  private static Path write(Input spec, Path folder) throws IOException {
    String header = "report_id,patient_id,study_datetime,modality,report_text\n";
    for (int f = 0; f < spec.files(); f++) {
      StringBuilder csv = new StringBuilder(header);
      for (int r = 0; r < spec.rowsPerFile(); r++) {
        String id = "R" + f + "-" + r;
        String patient = r < BAD_PER_FILE ? "" : "P" + (r % 400);
        csv.append(id).append(',').append(patient).append(",2020-01-01T08:00:00,CR,\"FINDINGS: report ")
            .append(id).append(" with enough words to make the text realistic in size. ".repeat(6))
            .append("\nIMPRESSION: none.\"\n");
      }
      Files.writeString(folder.resolve(String.format("part-%02d.csv", f)), csv.toString());
    }
    return folder;
  }

  @Test
  void killedDuringTheRunThenRerunLosesAndDuplicatesNothing() throws Exception {
    Lakehouse lakehouse = new Lakehouse(newFolder("lake-kill").toString());
    Process child = startIngest(largeInput, lakehouse, List.of());
    waitForLine(child, "reading " + LARGE.files() + " files");
    Thread.sleep(1_500); // well inside reading and validating 12 files
    child.destroyForcibly(); // SIGKILL
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);

    IngestResult rerun = new IngestStep(spark).inputs(List.of(largeInput.toString())).lakehouse(lakehouse).runId("rerun").execute();
    assertThat(rerun.balanced()).isTrue();
    assertExactlyOnce(lakehouse, LARGE);
  }

  @Test
  void haltedBetweenTheQuarantineAndTheBronzeCommitThenRerunCompletes() throws Exception {
    Lakehouse lakehouse = new Lakehouse(newFolder("lake-halt").toString());
    Process child = startIngest(smallInput, lakehouse,
        List.of("-D" + FaultInjection.HALT_AFTER_COMMIT + "=" + Lakehouse.QUARANTINE));
    drain(child);
    assertThat(child.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).isEqualTo(137);
    assertThat(table(lakehouse, Lakehouse.QUARANTINE).count()).isEqualTo(SMALL.bad());
    assertThat(table(lakehouse, Lakehouse.BRONZE_REPORTS).count()).isZero();

    IngestResult rerun =
        new IngestStep(spark).inputs(List.of(smallInput.toString())).lakehouse(lakehouse).runId("rerun").execute();
    assertThat(rerun.written()).isEqualTo(SMALL.good());
    assertExactlyOnce(lakehouse, SMALL);
  }

  private static void assertExactlyOnce(Lakehouse lakehouse, Input spec) {
    Dataset<Row> bronze = table(lakehouse, Lakehouse.BRONZE_REPORTS);
    assertThat(bronze.count()).isEqualTo(spec.good());
    assertThat(bronze.select("report_id").distinct().count()).isEqualTo(spec.good());
    assertThat(bronze.filter("report_version <> 1").count()).isZero();
    Dataset<Row> quarantine = table(lakehouse, Lakehouse.QUARANTINE);
    assertThat(quarantine.count()).isEqualTo(spec.bad());
    assertThat(quarantine.select("source_file", "source_record").distinct().count()).isEqualTo(spec.bad());
  }

  private static Dataset<Row> table(Lakehouse lakehouse, String name) {
    return spark.read().format("delta").load(lakehouse.tablePath(name));
  }

  /** The real CLI in a child JVM with this test's classpath and Spark's Java 17 flags. */
  private static Process startIngest(Path input, Lakehouse lakehouse, List<String> extraJvmArgs) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    cmd.addAll(java17Opens());
    cmd.add("-Dspark.master=local[2]");
    cmd.add("-Dspark.ui.enabled=false");
    cmd.add("-Dspark.driver.host=127.0.0.1");
    cmd.add("-Dspark.driver.bindAddress=127.0.0.1");
    cmd.add("-Dspark.sql.shuffle.partitions=2");
    cmd.add("-Dlog4j2.configurationFile=" + Paths.get("src/main/resources/radlake-log4j2.properties").toAbsolutePath());
    cmd.addAll(extraJvmArgs);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("io.radlake.cli.RadlakeCli");
    cmd.addAll(List.of("ingest", "--input", input.toString(), "--lakehouse", lakehouse.root(), "--run-id", "child"));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static List<String> java17Opens() {
    return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect"))
        .toList();
  }

  private static void waitForLine(Process child, String marker) throws IOException {
    BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.append(line).append('\n');
      if (line.contains(marker)) {
        drainInBackground(out);
        return;
      }
    }
    throw new AssertionError("child ended before printing '" + marker + "':\n" + seen);
  }

  private static void drain(Process child) {
    drainInBackground(new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8)));
  }

  private static void drainInBackground(BufferedReader out) {
    Thread t = new Thread(() -> {
      try {
        while (out.readLine() != null) {
          // keep the pipe from filling up
        }
      } catch (IOException ignored) {
        // the child was killed
      }
    });
    t.setDaemon(true);
    t.start();
  }
}
