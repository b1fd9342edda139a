package io.radlake.cluster;

import io.radlake.deid.DeidSecret;
import io.radlake.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * radlake jobs submitted as a person submits them: {@code cluster-config/submit.sh} (spark-submit of the submit jar,
 * client mode, with cluster-config/spark-defaults.conf and the CPU libtorch jar), from the cluster's Spark home, one
 * driver JVM per job. On top of the defaults only what a 2-core test machine needs: one core and 1 GB per executor,
 * few shuffle and Delta snapshot partitions, short-lived JVM flags, no UI unless asked for.
 */
final class SparkSubmitter {
  static final Path SUBMIT_JAR = RepoPaths.root().resolve("jobs/target/radlake-jobs-0.1.0-SNAPSHOT-submit.jar");
  private static final Path SUBMIT_SH = RepoPaths.root().resolve("cluster-config/submit.sh");
  /**
   * For JVMs that live a minute: C1 only and the serial collector take about 40% less CPU than the defaults (C2
   * compiler threads, G1), which is most of what a 2-core CI machine has to give. Spark puts
   * spark.*.defaultJavaOptions before spark-defaults.conf's extraJavaOptions, which stay as they are.
   */
  private static final String SHORT_JVM = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC";
  // Logged by StandaloneAppClient and Utils at INFO (local-standalone.sh's log4j2.properties keeps both).
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
    List<String> confs = new ArrayList<>(List.of(
        "spark.driver.memory=1g",
        "spark.driver.defaultJavaOptions=" + String.join(" ", SHORT_JVM, String.join(" ", driverOptions)).strip(),
        "spark.executor.defaultJavaOptions=" + SHORT_JVM,
        "spark.executor.cores=1",
        "spark.executor.memory=1g",
        "spark.driver.host=127.0.0.1",
        "spark.driver.bindAddress=127.0.0.1",
        "spark.sql.session.timeZone=UTC",
        "spark.sql.shuffle.partitions=2",
        "spark.databricks.delta.snapshotPartitions=2",
        "spark.ui.showConsoleProgress=false"));
    if (conf.stream().noneMatch(c -> c.startsWith("spark.ui.enabled="))) {
      confs.add("spark.ui.enabled=false");
    }
    confs.addAll(conf);
    List<String> cmd = new ArrayList<>(List.of(SUBMIT_SH.toString(), "--master", master));
    for (String c : confs) {
      cmd.addAll(List.of("--conf", c));
    }
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
    pb.environment().put("RADLAKE_SUBMIT_JAR", SUBMIT_JAR.toString());
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
