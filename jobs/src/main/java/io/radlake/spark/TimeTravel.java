package io.radlake.spark;

import io.delta.tables.DeltaTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Which version of a Delta table a job reads: the latest, a given version, or the version that was current at a
 * given time (Delta time travel). {@link #resolve} turns the choice into one version number, checked against the
 * table's history, so a job can pin it for the whole run and record it.
 *
 * @param version   the version to read, or null
 * @param timestamp read the last version committed at or before this time, or null; at most one of the two is set
 */
public record TimeTravel(Long version, Instant timestamp) {

  public TimeTravel {
    if (version != null && timestamp != null) {
      throw new IllegalArgumentException("give a table version or a timestamp to read, not both");
    }
    if (version != null && version < 0) {
      throw new IllegalArgumentException("a Delta table version must be >= 0, got: " + version);
    }
  }

  public static TimeTravel latest() {
    return new TimeTravel(null, null);
  }

  public static TimeTravel toVersion(long version) {
    return new TimeTravel(version, null);
  }

  public static TimeTravel toTimestamp(Instant timestamp) {
    return new TimeTravel(null, timestamp);
  }

  /**
   * From a job's two options (either may be null), named in the errors, e.g. {@code --silver-version} and
   * {@code --silver-timestamp}; the timestamp is ISO-8601 with a zone or offset.
   */
  public static TimeTravel fromOptions(Long version, String versionOption, String timestamp, String timestampOption) {
    if (version != null && timestamp != null) {
      throw new IllegalArgumentException(versionOption + " and " + timestampOption + " both choose the version to"
          + " read: give one of them, got both");
    }
    if (version != null && version < 0) {
      throw new IllegalArgumentException(versionOption + " must be >= 0, got: " + version);
    }
    if (timestamp == null) {
      return new TimeTravel(version, null);
    }
    try {
      return toTimestamp(OffsetDateTime.parse(timestamp).toInstant());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(timestampOption + " must be an ISO-8601 time with a zone, such as"
          + " 2026-11-23T14:59:56Z or 2026-11-23T15:59:56+01:00, got: " + timestamp, e);
    }
  }

  public boolean isLatest() {
    return version == null && timestamp == null;
  }

  /**
   * The version to read from the Delta table at {@code path} ({@code table} names it in errors): the latest, the
   * given version, or the last version committed at or before the timestamp (Delta's {@code timestampAsOf} rule; a
   * time after the latest commit is refused, as Delta does, so the answer cannot change later). A chosen version
   * must be in the table's history and its data files must still exist (VACUUM deletes those of old versions).
   *
   * @throws IllegalArgumentException naming the versions (and their times) the history holds
   */
  public long resolve(SparkSession spark, String path, String table) {
    DeltaTable delta = DeltaTable.forPath(spark, path);
    if (isLatest()) {
      return delta.history(1).first().getLong(0);
    }
    List<Row> history = delta.history().select("version", "timestamp").orderBy("version").collectAsList();
    Row first = history.get(0);
    Row last = history.get(history.size() - 1);
    String range = "versions " + first.getLong(0) + " (" + time(first) + ") to " + last.getLong(0) + " ("
        + time(last) + ")";
    long chosen;
    if (version != null) {
      if (history.stream().noneMatch(r -> r.getLong(0) == version)) {
        throw new IllegalArgumentException(table + " has no version " + version + ": its history holds " + range);
      }
      chosen = version;
    } else {
      if (timestamp.isAfter(time(last))) {
        throw new IllegalArgumentException(timestamp + " is after the latest commit of " + table + ", whose history"
            + " holds " + range + "; leave the timestamp out to read the latest version");
      }
      chosen = history.stream().filter(r -> !time(r).isAfter(timestamp)).mapToLong(r -> r.getLong(0)).max()
          .orElseThrow(() -> new IllegalArgumentException(table + " has no version committed at or before "
              + timestamp + ": its history holds " + range));
    }
    if (!filesExist(spark, spark.read().format("delta").option("versionAsOf", chosen).load(path))) {
      throw new IllegalArgumentException(table + " version " + chosen + " can no longer be read: VACUUM (which"
          + " radlake purge runs) deleted data files it needs; its history holds " + range);
    }
    return chosen;
  }

  /** Whether every data file of {@code snapshot} (a Delta table version) still exists. */
  public static boolean filesExist(SparkSession spark, Dataset<Row> snapshot) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      for (String file : snapshot.inputFiles()) {
        Path p = new Path(file);
        if (!p.getFileSystem(conf).exists(p)) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the data files of a table version", e);
    }
  }

  private static Instant time(Row historyRow) {
    return ((Timestamp) historyRow.get(1)).toInstant();
  }
}
