package io.radlake.cluster;

import io.radlake.deid.DeidSecret;
import io.radlake.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * radlake jobs launched as {@code spark-submit --class io.radlake.cli.RadlakeCli <submit jar> JOB ...} in client
 * mode, one driver JVM per job: Spark's own SparkSubmit (through the launcher) from the cluster's Spark home, the
 * application jar shipped to executors by spark-submit. Small test settings: one core and 1 GB per executor, few
 * shuffle and Delta snapshot partitions, no UI unless asked for.
 */
final class SparkSubmitter {
  static final Path SUBMIT_JAR = RepoPaths.root().resolve("jobs/target/radlake-jobs-0.1.0-SNAPSHOT-submit.jar");
  // Logged by StandaloneAppClient and Utils at INFO (local-standalone.sh's log4j2.properties keeps both).
  /**
   * For JVMs that live a minute: C1 only and the serial collector take about 40% less CPU than the defaults (C2
   * compiler threads, G1), which is most of what a 2-core CI machine has to give.
   */
  private static final String SHORT_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
  private static final Pattern APP_ID = Pattern.compile("Executor added: (app-[0-9-]+)/");
  private static final Pattern UI_PORT = Pattern.compile("Successfully started service 'SparkUI' on port (\\d+)");

  private final Path sparkHome;
  private final Path logDir;
  private final Path secretFile;
  private final List<Process> started = new ArrayList<>();
  private int launched;

  SparkSubmitter(Path sparkHome, Path logDir, Path secretFile) {
    this.sparkHome = sparkHome;
    this.logDir = logDir;
    this.secretFile = secretFile;
  }

  /** Starts a driver; {@code driverOptions} are extra JVM flags of the driver, {@code conf} extra KEY=VALUE. */
  Driver start(String master, List<String> driverOptions, List<String> conf, String job, String... jobArgs) {
    String opens = String.join(" ", java17Opens());
    List<String> cmd = new ArrayList<>(List.of(
        sparkHome.resolve("bin/spark-submit").toString(),
        "--master", master,
        "--deploy-mode", "client",
        "--name", "radlake-" + job,
        "--class", "io.radlake.cli.RadlakeCli",
        "--driver-memory", "1g",
        "--conf", "spark.driver.extraJavaOptions=" + String.join(" ", opens, SHORT_JVM, String.join(" ", driverOptions)).strip(),
        "--conf", "spark.executor.extraJavaOptions=" + String.join(" ", opens, SHORT_JVM),
        "--conf", "spark.executor.cores=1",
        "--conf", "spark.executor.memory=1g",
        "--conf", "spark.executorEnv.DJL_OFFLINE=true",
        "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.driver.bindAddress=127.0.0.1",
        "--conf", "spark.sql.session.timeZone=UTC",
        "--conf", "spark.sql.shuffle.partitions=2",
        "--conf", "spark.databricks.delta.snapshotPartitions=2",
        "--conf", "spark.ui.showConsoleProgress=false"));
    if (conf.stream().noneMatch(c -> c.startsWith("spark.ui.enabled="))) {
      cmd.addAll(List.of("--conf", "spark.ui.enabled=false"));
    }
    for (String c : conf) {
      cmd.addAll(List.of("--conf", c));
    }
    cmd.add(SUBMIT_JAR.toString());
    cmd.add(job);
    cmd.addAll(List.of(jobArgs));

    String name = String.format("%02d-%s", ++launched, job);
    Path out = logDir.resolve(name + ".out");
    Path err = logDir.resolve(name + ".err");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().put("SPARK_HOME", sparkHome.toString());
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    pb.environment().put("SPARK_LOCAL_HOSTNAME", "127.0.0.1");
    pb.environment().put(DeidSecret.ENV_SECRET_FILE, secretFile.toString());
    pb.environment().put("DJL_OFFLINE", "true");
    try {
      Files.createDirectories(logDir);
      Process p = pb.start();
      started.add(p);
      return new Driver(name, master, p, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for a driver to end and checks that it exited 0. */
  void awaitSuccess(Driver d) {
    int code = d.await();
    if (code != 0) {
      throw new AssertionError(d + " exited " + code + "\n--- stdout\n" + d.stdout() + "\n--- stderr (tail)\n" + d.stderrTail());
    }
  }

  /** kill -9 every driver still running, with whatever it started. */
  void killAll() {
    for (Process p : started) {
      List<ProcessHandle> children = p.descendants().toList();
      p.destroyForcibly();
      children.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private static List<String> java17Opens() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("--add-opens") || a.startsWith("-Djdk.reflect"))
        .toList();
  }

  /** One driver JVM: its process and where its output goes. */
  record Driver(String name, String master, Process process, Path stdoutFile, Path stderrFile) {
    /** Waits for the driver to end (at most 10 minutes) and returns its exit code. */
    int await() {
      try {
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          throw new AssertionError(this + " still running after 10 minutes\n" + stderrTail());
        }
        return process.exitValue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    String stdout() {
      return read(stdoutFile);
    }

    String stderr() {
      return read(stderrFile);
    }

    String stderrTail() {
      String s = stderr();
      return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
    }

    /** The standalone application id, once the driver has registered with the master. */
    String appId() {
      return find(APP_ID, "an application id (is this a spark:// run?)");
    }

    /** The port of the driver's UI (spark.ui.port=0 picks a free one), once it is up. */
    int uiPort() {
      return Integer.parseInt(find(UI_PORT, "the Spark UI address"));
    }

    boolean logged(Pattern pattern) {
      return pattern.matcher(stderr()).find();
    }

    private String find(Pattern pattern, String what) {
      Matcher m = pattern.matcher(stderr());
      if (!m.find()) {
        throw new IllegalStateException(this + " has not logged " + what + " yet");
      }
      return m.group(1);
    }

    private static String read(Path file) {
      try {
        return Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return "driver " + name + " (" + master + ", log " + stderrFile + ")";
    }
  }
}
