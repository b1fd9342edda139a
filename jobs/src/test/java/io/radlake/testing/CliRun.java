package io.radlake.testing;

import io.radlake.cli.RadlakeCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One {@code radlake ...} command line run in this JVM, as bin/radlake would run it, with what it printed.
 *
 * @param exit the exit code
 * @param out standard output
 * @param err standard error
 */
public record CliRun(int exit, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RadlakeCli.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
