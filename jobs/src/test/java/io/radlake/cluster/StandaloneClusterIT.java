package io.radlake.cluster;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.map_entries;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.delta.tables.DeltaTable;
import io.radlake.cli.RadlakeCli;
import io.radlake.deid.DeidSecret;
import io.radlake.jobs.Folders;
import io.radlake.jobs.deid.DeidentifyJob;
import io.radlake.spark.FaultInjection;
import io.radlake.spark.Lakehouse;
import io.radlake.testing.RepoPaths;
import io.radlake.testing.SparkTestBase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * The real jobs on a real Spark standalone cluster (cluster-config/local-standalone.sh: a master and two one-core
 * workers, each its own JVM), submitted with cluster-config/submit.sh (spark-submit of the submit jar with the
 * project's spark-defaults.conf), against the same jobs in local mode (in this JVM's local[2] session): a worker
 * killed with -9 in the middle of de-identification, and the driver killed between the audit and the silver commit.
 *
 * <p>One cluster for the class; every run works on its own copy of a lakehouse. Cold JVMs are what costs here (a
 * driver and its executors per application, on 2 cores), so there are three applications: ingest (one executor, while
 * this JVM runs local mode); de-identification with the worker kill, which is also the run compared with local mode;
 * and the halted de-identification (one executor). Local mode and the rerun after the halt run in this JVM. The worker
 * test runs last because it leaves the cluster with one worker. Every log is kept in jobs/target/standalone-cluster-it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT extends SparkTestBase {
  private static final int REPORTS = 300;
  private static final String DEID_JOB_DESCRIPTION = "deidentify: de-identify, clean and parse sections";
  /** Columns that name the run or its time, not what the run computed. */
  private static final Set<String> RUN_COLUMNS =
      Set.of("ingest_run_id", "ingested_at", "quarantined_at", "deid_run_id", "processed_at", "audited_at");
  private static final List<String> COMPARED_TABLES =
      List.of(Lakehouse.BRONZE_REPORTS, Lakehouse.QUARANTINE, Lakehouse.SILVER_REPORTS, Lakehouse.PHI_AUDIT);

  /** Where the drivers', master's, workers' and executors' logs are kept after the class (its temp folder goes). */
  private static final Path KEPT_LOGS = RepoPaths.root().resolve("jobs/target/standalone-cluster-it");

  private static Path root;
  private static LocalStandaloneCluster cluster;
  private static SparkSubmitter submitter;
  private static Path secret;
  private static Path clusterBronze;
  private static Path localReference;

  @BeforeAll
  static void ingestOnTheClusterAndRunLocally() throws IOException {
    root = newFolder("standalone");
    cluster = LocalStandaloneCluster.start(root.resolve("cluster"), 2, "1g");
    secret = root.resolve("deid-secret");
    byte[] bytes = new byte[48];
    new SecureRandom().nextBytes(bytes);
    Files.writeString(secret, Base64.getEncoder().encodeToString(bytes));
    submitter = new SparkSubmitter(cluster.sparkHome(), root.resolve("drivers"), secret);
    Path corpus = generate(root.resolve("corpus"), 42, REPORTS, "0.02");

    // The cluster ingests while this JVM runs the same two jobs in local mode.
    clusterBronze = root.resolve("lake-cluster");
    SparkSubmitter.Driver ingest = submitter.start(cluster.masterUrl(), List.of(), List.of("spark.cores.max=1"), "ingest",
        "--input", corpus.toString(), "--lakehouse", clusterBronze.toString(), "--run-id", "cluster-ingest");
    localReference = root.resolve("lake-local");
    assertThat(RadlakeCli.execute("ingest", "--input", corpus.toString(), "--lakehouse", localReference.toString(),
        "--run-id", "local-ingest")).as("local ingest exit code").isZero();
    deidentifyLocally(localReference, "local-deidentify");
    submitter.awaitSuccess(ingest);
  }

  @AfterAll
  static void stopCluster() {
    try {
      if (submitter != null) {
        submitter.killAll();
      }
      keepLogs();
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  /**
   * Copies every log of the run (drivers, master, workers, executors' stdout and stderr) to {@link #KEPT_LOGS}: the
   * class's temp folder is deleted afterwards, and a failure on CI is read from these.
   */
  private static void keepLogs() {
    if (root == null) {
      return;
    }
    Folders.deleteRecursively(KEPT_LOGS);
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(StandaloneClusterIT::isLog).toList()) {
        Path to = KEPT_LOGS.resolve(root.relativize(p).toString());
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    } catch (IOException e) {
      System.err.println("StandaloneClusterIT: could not keep the logs in " + KEPT_LOGS + ": " + e);
    }
  }

  private static boolean isLog(Path p) {
    String name = p.getFileName().toString();
    return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && (name.endsWith(".log") || name.endsWith(".out")
        || name.endsWith(".err") || name.equals("stdout") || name.equals("stderr"));
  }

  @Test
  @Order(1)
  void aDriverKilledBetweenTheAuditAndTheSilverCommitLeavesSilverAsItWasAndARerunCompletes() {
    Path lake = copyOf(localReference, "lake-driver-killed");
    // A second export with other texts for the first 100 report ids (the generator's minimum): each becomes the
    // report's next version.
    Path secondExport = generate(newFolder("second-export"), 7, 100, "0");
    assertThat(RadlakeCli.execute("ingest", "--input", secondExport.toString(), "--lakehouse", lake.toString(),
        "--run-id", "second-export")).as("ingest of the second export").isZero();
    long bronze = table(lake, Lakehouse.BRONZE_REPORTS).count();
    long before = table(localReference, Lakehouse.SILVER_REPORTS).count();
    assertThat(bronze).as("bronze after the second export").isGreaterThan(before);
    long silverVersion = version(lake, Lakehouse.SILVER_REPORTS);
    long auditVersion = version(lake, Lakehouse.PHI_AUDIT);

    SparkSubmitter.Driver killed = submitter.start(cluster.masterUrl(),
        List.of("-D" + FaultInjection.HALT_AFTER_COMMIT + "=" + Lakehouse.PHI_AUDIT), List.of("spark.cores.max=1"),
        "deidentify", "--lakehouse", lake.toString(), "--run-id", "killed");
    assertThat(killed.await()).as(killed + " halted like kill -9\n" + killed.stderrTail()).isEqualTo(137);
    assertThat(killed.stderr()).contains("halting after commit to " + Lakehouse.PHI_AUDIT);
    assertThat(version(lake, Lakehouse.PHI_AUDIT)).as("the audit commit before the kill").isGreaterThan(auditVersion);
    assertThat(version(lake, Lakehouse.SILVER_REPORTS)).as("silver version after the kill").isEqualTo(silverVersion);
    assertSameRows(rows(lake, Lakehouse.SILVER_REPORTS), rows(localReference, Lakehouse.SILVER_REPORTS),
        "silver after the kill vs before it");

    // What a rerun finds does not depend on where it runs: here, to spare the 2-core machine a cold driver.
    deidentifyLocally(lake, "rerun");
    Dataset<Row> silver = table(lake, Lakehouse.SILVER_REPORTS);
    assertThat(silver.count()).as("silver rows: every bronze report version once").isEqualTo(bronze);
    assertThat(silver.select("report_key", "report_version").distinct().count()).isEqualTo(bronze);
    assertThat(silver.filter(col("deid_run_id").equalTo("rerun")).count()).isEqualTo(bronze - before);
    assertContainsAll(rows(lake, Lakehouse.SILVER_REPORTS), rows(localReference, Lakehouse.SILVER_REPORTS),
        "silver rows from before the kill");
    Dataset<Row> audit = table(lake, Lakehouse.PHI_AUDIT);
    assertThat(audit.select("report_key", "report_version", "category", "rule").distinct().count())
        .as("audit rows, none twice").isEqualTo(audit.count());
    assertThat(audit.select("report_key", "report_version").distinct().count()).as("reports audited")
        .isEqualTo(silver.filter(col("phi_spans_replaced").gt(0)).count());
    assertContainsAll(rows(lake, Lakehouse.PHI_AUDIT), rows(localReference, Lakehouse.PHI_AUDIT),
        "audit rows from before the kill");
  }

  @Test
  @Order(2)
  void theClusterWritesWhatLocalModeWritesEvenWithAWorkerKilledDuringDeidentification() throws Exception {
    Path lake = copyOf(clusterBronze, "lake-worker-killed");
    SparkSubmitter.Driver driver = submitter.start(cluster.masterUrl(), List.of(),
        List.of("spark.ui.enabled=true", "spark.ui.port=0"), "deidentify", "--lakehouse", lake.toString(),
        "--run-id", "worker-killed");
    String victim = killTheWorkerOfARunningDeidTask(driver);
    submitter.awaitSuccess(driver);
    assertThat(driver.logged(Pattern.compile("Lost executor " + victim + " ")))
        .as("the driver lost executor " + victim + " (" + driver + ")").isTrue();

    for (String table : COMPARED_TABLES) {
      assertSameRows(rows(lake, table), rows(localReference, table), table + ", cluster vs local mode");
    }
    long bronze = table(lake, Lakehouse.BRONZE_REPORTS).count();
    assertThat(bronze).as("reports that passed ingest").isBetween(REPORTS * 9L / 10, (long) REPORTS);
    Dataset<Row> silver = table(lake, Lakehouse.SILVER_REPORTS);
    assertThat(silver.count()).as("every bronze report in silver").isEqualTo(bronze);
    assertThat(silver.select("report_key", "report_version").distinct().count()).as("none twice").isEqualTo(bronze);
    assertThat(table(lake, Lakehouse.QUARANTINE).filter(col("stage").equalTo("deidentify")).count())
        .as("reports quarantined by deidentify").isZero();

    // Both workers ran executors of the application, each with the application jar that spark-submit shipped (the
    // cluster's own jars are Spark's only).
    String appId = driver.appId();
    for (int worker = 1; worker <= 2; worker++) {
      try (Stream<Path> files = Files.walk(cluster.workerWorkDir(worker).resolve(appId))) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .as("executor folders of " + appId + " on worker " + worker)
            .contains(SparkSubmitter.SUBMIT_JAR.getFileName().toString());
      }
    }
    try (Stream<Path> jars = Files.list(cluster.sparkHome().resolve("jars"))) {
      assertThat(jars.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.startsWith("radlake") || n.startsWith("delta-") || n.startsWith("spark-nlp"));
    }
  }

  /**
   * Watches the driver's REST API until the de-identification job has a task running on an executor, then kills
   * that executor's worker with everything it started. Returns the executor id.
   */
  private static String killTheWorkerOfARunningDeidTask(SparkSubmitter.Driver driver) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper json = new ObjectMapper();
    while (driver.process().isAlive()) {
      Thread.sleep(100);
      Optional<String> api = restApi(driver);
      if (api.isEmpty()) {
        continue;
      }
      JsonNode apps = get(http, json, api.get());
      if (apps == null || apps.isEmpty()) {
        continue;
      }
      String base = api.get() + "/" + apps.get(0).get("id").asText();
      JsonNode jobs = get(http, json, base + "/jobs?status=running");
      boolean deidRunning = jobs != null && iterable(jobs).stream()
          .anyMatch(j -> DEID_JOB_DESCRIPTION.equals(j.path("description").asText()) && j.path("numActiveTasks").asInt() > 0);
      JsonNode executors = deidRunning ? get(http, json, base + "/executors") : null;
      if (executors == null) {
        continue;
      }
      for (JsonNode e : iterable(executors)) {
        String id = e.get("id").asText();
        if (!"driver".equals(id) && e.path("activeTasks").asInt() > 0) {
          Optional<Long> worker = cluster.workerRunning(apps.get(0).get("id").asText(), id);
          if (worker.isPresent()) {
            LocalStandaloneCluster.killWithExecutors(worker.get());
            return id;
          }
        }
      }
    }
    throw new AssertionError(driver + " ended before a de-identification task was seen running; exit "
        + driver.process().exitValue() + "\n" + driver.stderrTail());
  }

  private static Optional<String> restApi(SparkSubmitter.Driver driver) {
    try {
      return Optional.of("http://127.0.0.1:" + driver.uiPort() + "/api/v1/applications");
    } catch (IllegalStateException notUpYet) {
      return Optional.empty();
    }
  }

  /** The JSON at url, or null while the UI cannot answer (starting, or already stopped). */
  private static JsonNode get(HttpClient http, ObjectMapper json, String url) throws InterruptedException {
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
      return r.statusCode() == 200 ? json.readTree(r.body()) : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static List<JsonNode> iterable(JsonNode array) {
    return java.util.stream.StreamSupport.stream(array.spliterator(), false).toList();
  }

  /** The deidentify job in this JVM's local session, with the cluster runs' secret. */
  private static void deidentifyLocally(Path lake, String runId) {
    DeidentifyJob job = new DeidentifyJob();
    new CommandLine(job).parseArgs("--lakehouse", lake.toString(), "--run-id", runId);
    job.run(spark, DeidSecret.fromEnvironment(Map.of(DeidSecret.ENV_SECRET_FILE, secret.toString())));
  }

  private static Path generate(Path out, long seed, int reports, String brokenFraction) {
    // The kinds that keep every report small (no 5 MB OVERSIZED_TEXT).
    int code = RadlakeCli.execute("generate", "--output", out.toString(), "--reports", Integer.toString(reports),
        "--seed", Long.toString(seed), "--reports-per-file", Integer.toString(reports / 2), "--broken-fraction",
        brokenFraction, "--broken-kinds", "BAD_ENCODING,MISSING_REQUIRED_FIELD,EMPTY_TEXT,TRUNCATED_RECORD");
    assertThat(code).as("radlake generate exit code").isZero();
    return out;
  }

  private static Dataset<Row> table(Path lake, String table) {
    return spark.read().format("delta").load(new Lakehouse(lake.toString()).tablePath(table));
  }

  private static long version(Path lake, String table) {
    return DeltaTable.forPath(spark, new Lakehouse(lake.toString()).tablePath(table)).history(1).first().getLong(0);
  }

  /**
   * What a run computed, one string per row, sorted: the table without run ids and times, maps as sorted entry
   * arrays, bytes as hex (a byte[] prints as its identity). Collected once per table (a few hundred rows).
   */
  private static List<String> rows(Path lake, String name) {
    Dataset<Row> t = table(lake, name);
    Column[] columns = Arrays.stream(t.schema().fields())
        .filter(f -> !RUN_COLUMNS.contains(f.name()))
        .map(f -> comparable(f).as(f.name()))
        .toArray(Column[]::new);
    return t.select(columns).collectAsList().stream().map(Row::toString).sorted().toList();
  }

  private static Column comparable(StructField f) {
    if (f.dataType() instanceof MapType) {
      return array_sort(map_entries(col(f.name())));
    }
    return f.dataType() instanceof BinaryType ? hex(col(f.name())) : col(f.name());
  }

  private static void assertSameRows(List<String> actual, List<String> expected, String what) {
    assertContainsAll(actual, expected, what);
    assertContainsAll(expected, actual, what + " (the other way)");
    assertThat(actual).as(what + ": rows").hasSameSizeAs(expected).isNotEmpty();
  }

  /** Every row of {@code expected} is in {@code actual}, as often (a multiset check). */
  private static void assertContainsAll(List<String> actual, List<String> expected, String what) {
    Map<String, Long> left = expected.stream().collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    actual.forEach(r -> left.computeIfPresent(r, (k, n) -> n == 1 ? null : n - 1));
    assertThat(left.keySet().stream().limit(3).map(StandaloneClusterIT::brief).toList())
        .as(what + ": rows missing (" + left.size() + " in all)").isEmpty();
  }

  private static String brief(String s) {
    return s.length() <= 400 ? s : s.substring(0, 400) + "...";
  }

  private static Path copyOf(Path lake, String name) {
    Path target = newFolder(name);
    try (Stream<Path> paths = Files.walk(lake)) {
      for (Path p : paths.toList()) {
        Path to = target.resolve(lake.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + lake, e);
    }
    return target;
  }
}
