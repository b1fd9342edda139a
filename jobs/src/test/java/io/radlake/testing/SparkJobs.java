package io.radlake.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Which Spark jobs a piece of code started. Listener events arrive asynchronously but in order, so the code runs
 * between two marker jobs of our own: once the second marker's start has arrived, every job started before it has.
 */
public final class SparkJobs {
  private static final String GROUP = "spark.jobGroup.id";
  private static final String MARKER = "radlake-test-marker-";

  private SparkJobs() {}

  /** Runs {@code body}; returns the job group (or "none") of every Spark job it started, in order. */
  public static List<String> startedDuring(SparkSession spark, Runnable body) {
    List<String> groups = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch endSeen = new CountDownLatch(1);
    String start = MARKER + System.nanoTime();
    String end = start + "-end";
    SparkListener listener = new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart job) {
        String group = String.valueOf(job.properties().getProperty(GROUP, "none"));
        groups.add(group);
        if (group.equals(end)) {
          endSeen.countDown();
        }
      }
    };
    spark.sparkContext().addSparkListener(listener);
    try {
      marker(spark, start);
      body.run();
      marker(spark, end);
      if (!endSeen.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the Spark listener never saw the marker job " + end);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      spark.sparkContext().removeSparkListener(listener);
    }
    synchronized (groups) {
      int from = groups.lastIndexOf(start);
      if (from < 0) {
        throw new IllegalStateException("the Spark listener never saw the marker job " + start);
      }
      return List.copyOf(groups.subList(from + 1, groups.indexOf(end)));
    }
  }

  private static void marker(SparkSession spark, String group) {
    spark.sparkContext().setJobGroup(group, "test marker", false);
    try {
      spark.range(1).count();
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }
}
