package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;

import io.radlake.spark.Lakehouse;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The version of {@code gold.instruct_pairs} that holds one dataset build, and the {@code silver.reports_deid}
 * version that build read. Each build replaces the table whole, so the current version holds only the latest build;
 * predictions made from an earlier build are scored against that build's rows, found by Delta time travel (newest
 * version holding the build first, so that rows radlake purge deleted stay deleted).
 *
 * @param version       the version of gold.instruct_pairs to read
 * @param silverVersion the silver.reports_deid version the build read (its rows' silver_version)
 * @param note          what the reader should know (empty when the current version holds the build)
 */
record BuildSnapshot(long version, long silverVersion, String note) {

  static BuildSnapshot locate(SparkSession spark, String pairsPath, String buildRunId) {
    List<Long> versions = DeltaSnapshots.versionsNewestFirst(spark, pairsPath);
    long latest = versions.get(0);
    TreeSet<String> latestBuilds = new TreeSet<>();
    int unreadable = 0;
    for (long version : versions) {
      // The current version is readable by definition; older ones may have been vacuumed.
      if (version != latest && !DeltaSnapshots.readable(spark, pairsPath, version)) {
        unreadable++;
        continue;
      }
      TreeSet<String> builds = new TreeSet<>();
      TreeSet<Long> silverVersions = new TreeSet<>();
      for (Row r : DeltaSnapshots.read(spark, pairsPath, version).select("build_run_id", "silver_version").distinct()
          .collectAsList()) {
        builds.add(r.getString(0));
        if (r.getString(0).equals(buildRunId)) {
          silverVersions.add(r.getLong(1));
        }
      }
      if (version == latest) {
        latestBuilds = builds;
      }
      if (builds.contains(buildRunId)) {
        if (silverVersions.size() != 1) {
          throw new IllegalStateException(Lakehouse.INSTRUCT_PAIRS + " version " + version + " holds build "
              + buildRunId + " made from several silver versions " + silverVersions + "; a build reads one");
        }
        String note = version == latest ? ""
            : Lakehouse.INSTRUCT_PAIRS + " now holds build " + String.join(", ", latestBuilds) + " (version " + latest
                + "); the predictions' build " + buildRunId + " was read from version " + version + " by time travel";
        return new BuildSnapshot(version, silverVersions.first(), note);
      }
    }
    throw new IllegalArgumentException("the predictions were made from dataset build " + buildRunId + ", but "
        + Lakehouse.INSTRUCT_PAIRS + " holds build " + (latestBuilds.isEmpty() ? "(none)"
        : String.join(", ", latestBuilds)) + " (version " + latest + ") and no readable earlier version holds "
        + buildRunId + (unreadable > 0 ? " (" + unreadable + " versions can no longer be read: vacuumed, e.g. by"
        + " radlake purge)" : "") + ". Run radlake infer on the current build and evaluate that run, or rebuild the"
        + " dataset the predictions were made from");
  }
}
