package io.radlake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.testing.CliRun;
import io.radlake.testing.RepoPaths;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI without Spark: help for every job, and bad options rejected with what is allowed. */
class RadlakeCliTest {
  static CliRun run(String... args) {
    return CliRun.of(args);
  }

  @Test
  void everyJobExplainsEveryOption() {
    assertThat(run("--help").out()).contains("generate", "ingest", "deidentify", "deid-eval", "build-dataset", "infer",
        "evaluate", "purge", "demo", "bench", "sql", "notebook");
    for (String job : List.of("generate", "ingest", "deidentify", "deid-eval", "build-dataset", "infer", "evaluate",
        "purge", "demo", "bench", "sql", "notebook")) {
      CliRun help = run(job, "--help");
      assertThat(help.exit()).as(job).isZero();
      CommandLine.Model.CommandSpec spec = RadlakeCli.commandLine().getSubcommands().get(job).getCommandSpec();
      for (CommandLine.Model.OptionSpec option : spec.options()) {
        assertThat(help.out()).as(job + " " + option.longestName()).contains(option.longestName());
        assertThat(String.join(" ", option.description())).as(job + " " + option.longestName()).isNotBlank();
      }
    }
  }

  @Test
  void buildDatasetRefusesFractionsThatDoNotSumToOneBeforeSparkStarts(@TempDir Path dir) {
    CliRun bad = run("build-dataset", "--output", dir.resolve("export").toString(), "--train", "0.9");
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("split fractions must sum to 1", "0.9 + 0.1 + 0.1");
    CliRun badLimits = run("build-dataset", "--output", dir.resolve("export").toString(),
        "--min-output-tokens", "300", "--max-output-tokens", "200");
    assertThat(badLimits.exit()).isEqualTo(2);
    assertThat(badLimits.err()).contains("maxOutputTokens must be >= 300, got: 200");
  }

  @Test
  void evaluateRefusesBadSettingsBeforeSparkStarts() {
    CliRun confidence = run("evaluate", "--confidence", "95");
    assertThat(confidence.exit()).isEqualTo(2);
    assertThat(confidence.err()).contains("--confidence must be in (0, 1), got: 95");
    CliRun groups = run("evaluate", "--min-group-size", "0");
    assertThat(groups.exit()).isEqualTo(2);
    assertThat(groups.err()).contains("--min-group-size must be >= 1, got: 0");
    CliRun pairs = run("evaluate", "--slices", "modality", "--slice-pairs", "modality-sex");
    assertThat(pairs.exit()).isEqualTo(2);
    assertThat(pairs.err()).contains("--slice-pairs takes A:B pairs of slice attributes (or none), got: modality-sex");
    CliRun pairNotSliced = run("evaluate", "--slices", "modality", "--slice-pairs", "modality:patient_sex");
    assertThat(pairNotSliced.exit()).isEqualTo(2);
    assertThat(pairNotSliced.err()).contains("names 'patient_sex', which is not a slice attribute");
    CliRun stemmer = run("evaluate", "--use-stemmer", "maybe");
    assertThat(stemmer.exit()).isEqualTo(2);
    assertThat(stemmer.err()).contains("--use-stemmer must be true or false, got: maybe");
  }

  @Test
  void badValuesSayWhatIsAllowed() {
    CliRun ingest = run("ingest", "--input", "x.csv", "--map", "text=Body");
    assertThat(ingest.exit()).isEqualTo(2);
    assertThat(ingest.err()).contains("--map target must be one of [report_id");

    CliRun size = run("ingest", "--input", "x.csv", "--max-text-bytes", "0");
    assertThat(size.exit()).isEqualTo(2);
    assertThat(size.err()).contains("--max-text-bytes must be >= 1, got: 0");

    CliRun reports = run("generate", "--output", "/tmp/never", "--reports", "5");
    assertThat(reports.exit()).isEqualTo(2);
    assertThat(reports.err()).contains("--reports must be between 100 and 10000000, got: 5");

    assertThat(run("ingest").err()).contains("Missing required option: '--input=PATH'");
  }

  @Test
  void generateWritesACorpusAndSaysWhere(@TempDir Path dir) {
    CliRun generate = run("generate", "--output", dir.resolve("c").toString(), "--reports", "150", "--format", "jsonl");
    assertThat(generate.exit()).as(generate.err()).isZero();
    assertThat(generate.out()).contains("generate: 150 reports (seed 42, jsonl)");
    assertThat(Files.exists(dir.resolve("c/reports-00000.jsonl"))).isTrue();
    assertThat(Files.exists(dir.resolve("c/_ground_truth/phi_spans-00000.jsonl"))).isTrue();
  }

  @Test
  void readmeHasASectionForEveryJob() throws Exception {
    String readme = Files.readString(RepoPaths.root().resolve("README.md"));
    for (String job : RadlakeCli.commandLine().getSubcommands().keySet()) {
      if (!job.equals("help") && !job.equals("bench")) {
        assertThat(readme).as("README section for " + job).contains("### `radlake " + job + "`");
      }
    }
    assertThat(readme).contains("### `radlake bench ingest`", "### `radlake bench deid`");
  }

  @Test
  void purgeRefusesBadStringFilesAndAMissingSecretBeforeStartingSpark(@TempDir Path dir) throws Exception {
    Path strings = dir.resolve("leaks.txt");
    Files.writeString(strings, "ab\n");
    CliRun shortString = run("purge", "--strings-file", strings.toString());
    assertThat(shortString.exit()).isEqualTo(2);
    assertThat(shortString.err()).contains("line 1: strings must be at least 3 characters, got 2");

    Assumptions.assumeTrue(System.getenv("RADLAKE_DEID_SECRET") == null
        && System.getenv("RADLAKE_DEID_SECRET_FILE") == null, "a de-identification secret is set in this environment");
    Files.writeString(strings, "Longenough\n");
    for (String[] args : List.of(new String[] {"purge", "--strings-file", strings.toString()},
        new String[] {"deidentify"}, new String[] {"deid-eval"})) {
      CliRun noSecret = run(args);
      assertThat(noSecret.exit()).as(args[0]).isEqualTo(2);
      assertThat(noSecret.err()).as(args[0]).contains("RADLAKE_DEID_SECRET_FILE").doesNotContain("Longenough");
    }
  }

  @Test
  void sqlAndNotebookRefuseWhatTheyCannotRunBeforeStartingSpark(@TempDir Path dir) throws Exception {
    CliRun limit = run("sql", "--limit", "0", "SELECT 1");
    assertThat(limit.exit()).isEqualTo(2);
    assertThat(limit.err()).contains("--limit must be >= 1, got: 0");
    assertThat(run("sql", "/* only a comment */ ;").err()).contains("QUERY holds no SQL statement");

    Path python = dir.resolve("mixed.sql");
    Files.writeString(python, "-- Databricks notebook source\nSELECT 1\n\n-- COMMAND ----------\n\n"
        + "-- MAGIC %python\n-- MAGIC print(1)\n");
    CliRun refused = run("notebook", python.toString());
    assertThat(refused.exit()).isEqualTo(2);
    assertThat(refused.err()).contains("mixed.sql cell 2 (line 6) is a %python cell: radlake notebook runs SQL cells");

    Path plain = dir.resolve("plain.sql");
    Files.writeString(plain, "SELECT 1\n");
    assertThat(run("notebook", plain.toString()).err())
        .contains("plain.sql is not a Databricks source-format SQL notebook: its first line must be");
    assertThat(run("notebook", dir.resolve("missing.sql").toString()).err()).contains("notebook not found: ");
    Path valid = dir.resolve("valid.sql");
    Files.writeString(valid, "-- Databricks notebook source\nSELECT 1\n");
    CliRun rows = run("notebook", "--max-rows", "0", valid.toString());
    assertThat(rows.exit()).isEqualTo(2);
    assertThat(rows.err()).contains("--max-rows must be >= 1, got: 0");
  }
}
