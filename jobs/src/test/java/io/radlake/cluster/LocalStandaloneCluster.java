package io.radlake.cluster;

import io.radlake.testing.RepoPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Spark standalone cluster started with {@code cluster-config/local-standalone.sh} (one master and workers, each
 * its own JVM, on loopback with random ports), the way a person starts it by hand. {@link #close()} stops it with
 * the same script, which also ends executors left behind by a worker killed here.
 */
final class LocalStandaloneCluster implements AutoCloseable {
  private static final Path SCRIPT = RepoPaths.root().resolve("cluster-config/local-standalone.sh");

  private final Path dir;
  private final Path sparkHome;
  private final String masterUrl;
  private final long masterPid;
  private final List<Long> workerPids;
  // Stops the cluster if the test JVM is ended before close() (a timeout killing the fork, Ctrl-C).
  private final Thread stopOnExit;

  private LocalStandaloneCluster(Path dir, Map<String, String> env) {
    this.dir = dir;
    this.sparkHome = Path.of(env.get("SPARK_HOME"));
    this.masterUrl = env.get("MASTER_URL");
    this.masterPid = Long.parseLong(env.get("MASTER_PID"));
    this.workerPids = Arrays.stream(env.get("WORKER_PIDS").split(" ")).map(Long::parseLong).toList();
    this.stopOnExit = new Thread(() -> stop(dir), "stop local standalone cluster");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** Starts a master and {@code workers} workers of one core and {@code workerMemory} each; state under dir. */
  static LocalStandaloneCluster start(Path dir, int workers, String workerMemory) {
    List<String> cmd = List.of(SCRIPT.toString(), "start", "--dir", dir.toString(), "--workers", Integer.toString(workers),
        "--worker-cores", "1", "--worker-memory", workerMemory);
    try {
      String out = run(cmd, dir.resolve("start.log"));
      Map<String, String> env = readEnv(dir.resolve("cluster.env"));
      if (!env.keySet().containsAll(List.of("SPARK_HOME", "MASTER_URL", "MASTER_PID", "WORKER_PIDS"))) {
        throw new IllegalStateException("cluster.env misses entries: " + env + "\n" + out);
      }
      return new LocalStandaloneCluster(dir, env);
    } catch (RuntimeException e) {
      stop(dir); // whatever came up
      throw e;
    }
  }

  Path sparkHome() {
    return sparkHome;
  }

  String masterUrl() {
    return masterUrl;
  }

  List<Long> workerPids() {
    return workerPids;
  }

  /** The work folder of worker i (1-based): one folder per application, one per executor inside. */
  Path workerWorkDir(int i) {
    return dir.resolve("work").resolve("worker-" + i);
  }

  /**
   * The worker whose JVM started the executor {@code executorId} of application {@code appId}, found through the
   * process tree (executors are children of their worker).
   */
  Optional<Long> workerRunning(String appId, String executorId) {
    for (long worker : workerPids) {
      boolean hosts = ProcessHandle.of(worker).stream().flatMap(ProcessHandle::descendants)
          .map(p -> commandLine(p.pid()))
          .anyMatch(args -> containsPair(args, "--app-id", appId) && containsPair(args, "--executor-id", executorId));
      if (hosts) {
        return Optional.of(worker);
      }
    }
    return Optional.empty();
  }

  /** kill -9 a worker JVM and every executor JVM it started, as if its machine had died. */
  static void killWithExecutors(long pid) {
    ProcessHandle.of(pid).ifPresent(worker -> {
      List<ProcessHandle> executors = worker.descendants().toList();
      worker.destroyForcibly();
      executors.forEach(ProcessHandle::destroyForcibly);
    });
  }

  @Override
  public void close() {
    Runtime.getRuntime().removeShutdownHook(stopOnExit);
    stop(dir);
  }

  private static void stop(Path dir) {
    run(List.of(SCRIPT.toString(), "stop", "--dir", dir.toString()), dir.resolve("stop.log"));
  }

  /** Runs the script, output to log; returns the output, or throws with it when the script fails. */
  private static String run(List<String> cmd, Path log) {
    try {
      Files.createDirectories(log.getParent());
      Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      if (!p.waitFor(5, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(String.join(" ", cmd) + " did not finish within 5 minutes; see " + log);
      }
      String out = Files.readString(log, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", cmd) + " exited " + p.exitValue() + ":\n" + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, String> readEnv(Path file) {
    Map<String, String> env = new HashMap<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          env.put(line.substring(0, eq), line.substring(eq + 1).replace("\"", ""));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("no " + file + " after start", e);
    }
    return env;
  }

  /** A process's arguments from /proc (empty if it is gone). */
  private static List<String> commandLine(long pid) {
    try {
      byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
      return new ArrayList<>(Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0")));
    } catch (IOException e) {
      return List.of();
    }
  }

  private static boolean containsPair(List<String> args, String flag, String value) {
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).equals(flag) && args.get(i + 1).equals(value)) {
        return true;
      }
    }
    return false;
  }
}
