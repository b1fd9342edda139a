package io.radlake.cli;

import io.radlake.jobs.BenchCommand;
import io.radlake.jobs.DemoJob;
import io.radlake.jobs.GenerateCommand;
import io.radlake.jobs.dataset.BuildDatasetJob;
import io.radlake.jobs.deid.DeidEvalJob;
import io.radlake.jobs.deid.DeidentifyJob;
import io.radlake.jobs.deid.PurgeJob;
import io.radlake.jobs.infer.InferJob;
import io.radlake.jobs.eval.EvaluateJob;
import io.radlake.jobs.ingest.IngestJob;
import io.radlake.jobs.sql.NotebookCommand;
import io.radlake.jobs.sql.SqlCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code radlake JOB [options]}: the entry point of bin/radlake, spark-submit and Databricks jobs. */
@Command(
    name = "radlake",
    mixinStandardHelpOptions = true,
    versionProvider = RadlakeCli.Version.class,
    description = "Spark jobs for radiology report corpora: generate, ingest, deidentify, deid-eval, build-dataset, infer,"
        + " evaluate; sql and notebook query the tables.",
    subcommands = {
      GenerateCommand.class,
      IngestJob.class,
      DeidentifyJob.class,
      DeidEvalJob.class,
      BuildDatasetJob.class,
      InferJob.class,
      EvaluateJob.class,
      PurgeJob.class,
      DemoJob.class,
      BenchCommand.class,
      SqlCommand.class,
      NotebookCommand.class,
      CommandLine.HelpCommand.class
    })
public final class RadlakeCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    int code = execute(args);
    // Spark's non-daemon threads would keep a finished local job alive.
    System.exit(code);
  }

  /** Runs a command line and returns its exit code: 0 ok, 1 failed, 2 bad usage or input. */
  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new RadlakeCli())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler(RadlakeCli::handle);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * Bad input (IllegalArgumentException) gives its message and exit 2; anything else exit 1 with
   * the exception's type and message. Messages are written to carry no PHI.
   */
  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    if (e instanceof IllegalArgumentException) {
      err.println(name + ": " + e.getMessage());
      return 2;
    }
    err.println(name + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    if (Boolean.getBoolean("radlake.stacktrace")) {
      e.printStackTrace(err);
    } else {
      err.println("(run with -Dradlake.stacktrace=true, or RADLAKE_STACKTRACE=1 with bin/radlake, for the stack trace)");
    }
    return 1;
  }

  /** Version from the jar manifest when packaged. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = RadlakeCli.class.getPackage().getImplementationVersion();
      return new String[] {"radlake " + (v == null ? "dev" : v) + " (Spark 3.5, Delta 3.3, Java 17)"};
    }
  }
}
