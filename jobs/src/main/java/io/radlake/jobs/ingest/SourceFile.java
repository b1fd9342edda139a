package io.radlake.jobs.ingest;

import io.radlake.ingest.SourceFormat;
import java.io.Serializable;
import java.util.Objects;

/**
 * One input file and the format it is read as.
 *
 * <p>A class, not a record: ingest parallelizes these, and an RDD's values are serialized with spark.serializer,
 * which is Kryo on clusters (cluster-config/spark-defaults.conf); Spark 3.5's Kryo 4 cannot build a record
 * ("can't get field offset on a record class").
 */
public final class SourceFile implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final SourceFormat format;
  private final long sizeBytes;

  public SourceFile(String path, SourceFormat format, long sizeBytes) {
    this.path = path;
    this.format = format;
    this.sizeBytes = sizeBytes;
  }

  public String path() {
    return path;
  }

  public SourceFormat format() {
    return format;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SourceFile f && path.equals(f.path) && format == f.format && sizeBytes == f.sizeBytes;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, format, sizeBytes);
  }

  @Override
  public String toString() {
    return "SourceFile[path=" + path + ", format=" + format + ", sizeBytes=" + sizeBytes + "]";
  }
}
