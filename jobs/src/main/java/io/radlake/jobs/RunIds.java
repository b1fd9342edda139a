package io.radlake.jobs;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Run ids that sort by time: {@code ingest-20261123T101500Z-1a2b3c4d}. */
public final class RunIds {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

  private RunIds() {}

  public static String newRunId(String job) {
    return job + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(STAMP) + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }
}
