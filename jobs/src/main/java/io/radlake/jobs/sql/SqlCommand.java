package io.radlake.jobs.sql;

import io.radlake.jobs.LakehouseOption;
import io.radlake.jobs.RunIds;
import io.radlake.notebook.SqlScript;
import io.radlake.spark.Lakehouse;
import io.radlake.spark.LakehouseCatalog;
import io.radlake.spark.OptionResolver;
import io.radlake.spark.RadlakeSession;
import io.radlake.spark.SparkSteps;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code radlake sql "<query>"}: one query against the lakehouse's tables, by name. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Spark SQL against the lakehouse and prints the result of the last statement. Every Delta table of"
          + " --lakehouse is queried by its name (bronze.reports_raw, silver.phi_audit, ...): names the session's"
          + " catalog lacks are registered as external tables at their lakehouse path (in memory for a local run).",
      "Statements separated by ';' run in order (SET, CREATE TEMP VIEW ... then a query). Exit codes: 0 ok,"
          + " 1 the query failed, 2 bad options."
    })
public final class SqlCommand implements Callable<Integer> {
  public static final String JOB = "sql";

  @Parameters(index = "0", paramLabel = "QUERY", description = "The SQL, one statement or several separated by ';'.")
  String query;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (aligned, values over " + QueryResult.MAX_CELL_WIDTH + " characters cut), csv (header"
          + " line, RFC 4180) or jsonl (one JSON object per row). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
      description = "Most rows printed; a note says when there were more. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Mixin LakehouseOption lakehouseOption = new LakehouseOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new IllegalArgumentException("--limit must be >= 1, got: " + limit);
    }
    List<String> statements = SqlScript.statements(query);
    if (statements.isEmpty()) {
      throw new IllegalArgumentException("QUERY holds no SQL statement");
    }
    SparkSession spark = RadlakeSession.getOrCreate("radlake sql");
    Lakehouse lakehouse = lakehouseOption.resolve(OptionResolver.of(spark, Map.of()));
    LakehouseCatalog.register(spark, lakehouse);
    String runId = RunIds.newRunId(JOB);
    return SparkSteps.named(spark, JOB, runId, "query", () -> {
      Dataset<Row> last = null;
      for (String statement : statements) {
        last = spark.sql(statement);
      }
      print(last);
      return 0;
    });
  }

  private void print(Dataset<Row> result) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean more;
    if (format == OutputFormat.JSONL) {
      List<String> json = result.toJSON().limit(limit + 1).collectAsList();
      json.subList(0, Math.min(limit, json.size())).forEach(out::println);
      more = json.size() > limit;
    } else {
      QueryResult r = QueryResult.of(result, limit);
      if (format == OutputFormat.CSV) {
        r.csv().forEach(out::println);
      } else if (r.isCommand()) {
        out.println("ok");
      } else {
        out.print(r.table());
        out.printf("(%s)%n", r.rowCount());
      }
      more = r.more();
    }
    if (more && format != OutputFormat.TABLE) {
      // On stderr, so that the CSV or JSON on stdout stays parseable.
      err.printf("radlake sql: more than %d rows; printed the first %d (raise --limit)%n", limit, limit);
    }
    out.flush();
    err.flush();
  }
}
