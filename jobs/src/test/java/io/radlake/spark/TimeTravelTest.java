package io.radlake.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.delta.tables.DeltaTable;
import io.radlake.testing.SparkTestBase;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A Delta table with versions 0 (3 rows), 1 (5 rows) and 2 (1 row): which version each choice reads. */
class TimeTravelTest extends SparkTestBase {
  private static String path;
  private static List<Instant> commitTimes;

  @BeforeAll
  static void threeVersions() {
    path = newFolder("table").resolve("t").toString();
    spark.range(3).write().format("delta").save(path);
    spark.range(2).write().format("delta").mode("append").save(path);
    spark.range(1).write().format("delta").mode("overwrite").save(path);
    commitTimes = DeltaTable.forPath(spark, path).history().orderBy("version").select("timestamp").collectAsList()
        .stream().map(r -> ((Timestamp) r.get(0)).toInstant()).toList();
  }

  @Test
  void theLatestOrAVersionInTheHistory() {
    assertThat(TimeTravel.latest().resolve(spark, path, "t")).isEqualTo(2);
    assertThat(TimeTravel.toVersion(0).resolve(spark, path, "t")).isZero();
    assertThat(TimeTravel.toVersion(1).resolve(spark, path, "t")).isEqualTo(1);
    assertThatThrownBy(() -> TimeTravel.toVersion(3).resolve(spark, path, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("t has no version 3: its history holds versions 0 (" + commitTimes.get(0) + ") to 2 ("
            + commitTimes.get(2) + ")");
  }

  @Test
  void aTimeGivesTheLastVersionCommittedAtOrBeforeItAsDeltaDoes() {
    Instant justBeforeV2 = commitTimes.get(2).minusMillis(1);
    assertThat(TimeTravel.toTimestamp(commitTimes.get(1)).resolve(spark, path, "t")).isEqualTo(1);
    assertThat(TimeTravel.toTimestamp(justBeforeV2).resolve(spark, path, "t")).isEqualTo(1);
    assertThat(TimeTravel.toTimestamp(commitTimes.get(2)).resolve(spark, path, "t")).isEqualTo(2);
    assertThat(spark.read().format("delta").option("timestampAsOf", justBeforeV2.toString()).load(path).count())
        .as("Delta's own timestampAsOf reads version 1 too").isEqualTo(5);

    assertThatThrownBy(() -> TimeTravel.toTimestamp(commitTimes.get(0).minusSeconds(1)).resolve(spark, path, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("t has no version committed at or before " + commitTimes.get(0).minusSeconds(1));
    assertThatThrownBy(() -> TimeTravel.toTimestamp(commitTimes.get(2).plusSeconds(1)).resolve(spark, path, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is after the latest commit of t")
        .hasMessageContaining("leave the timestamp out to read the latest version");
  }

  @Test
  void aVacuumedVersionIsRefusedByName() {
    String copy = newFolder("vacuumed").resolve("t").toString();
    spark.range(3).write().format("delta").save(copy);
    spark.range(1).write().format("delta").mode("overwrite").save(copy);
    String check = "spark.databricks.delta.retentionDurationCheck.enabled";
    spark.conf().set(check, "false");
    try {
      DeltaTable.forPath(spark, copy).vacuum(0);
    } finally {
      spark.conf().unset(check);
    }
    assertThatThrownBy(() -> TimeTravel.toVersion(0).resolve(spark, copy, "t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("t version 0 can no longer be read: VACUUM")
        .hasMessageContaining("versions 0 (");
    assertThat(TimeTravel.toVersion(1).resolve(spark, copy, "t")).isEqualTo(1);
  }

  @Test
  void optionsNameThemselvesInTheirErrors() {
    assertThat(TimeTravel.fromOptions(null, "--v", null, "--t").isLatest()).isTrue();
    assertThat(TimeTravel.fromOptions(4L, "--v", null, "--t")).isEqualTo(TimeTravel.toVersion(4));
    assertThat(TimeTravel.fromOptions(null, "--v", "2026-11-23T15:59:56+01:00", "--t"))
        .isEqualTo(TimeTravel.toTimestamp(Instant.parse("2026-11-23T14:59:56Z")));
    assertThatThrownBy(() -> TimeTravel.fromOptions(-1L, "--v", null, "--t"))
        .hasMessage("--v must be >= 0, got: -1");
    assertThatThrownBy(() -> TimeTravel.fromOptions(1L, "--v", "2026-11-23T14:59:56Z", "--t"))
        .hasMessageStartingWith("--v and --t both choose the version to read");
    assertThatThrownBy(() -> TimeTravel.fromOptions(null, "--v", "2026-11-23 14:59", "--t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("--t must be an ISO-8601 time with a zone").hasMessageEndingWith("got: 2026-11-23 14:59");
  }
}
