package io.radlake.ingest;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Opens a {@link SourceReader} for a file on any Hadoop file system (local, HDFS, S3, ABFS). */
public final class SourceReaders {
  private SourceReaders() {}

  public static SourceReader open(String file, SourceFormat format, IngestSettings settings, Configuration conf)
      throws IOException {
    StrictDecoder decoder = settings.decoder();
    return switch (format) {
      case CSV -> new CsvSourceReader(file, open(file, conf), decoder);
      case JSONL -> new JsonlSourceReader(file, open(file, conf), decoder);
      case PARQUET -> new ParquetSourceReader(file, conf, decoder);
      case TEXT -> new TextFolderSourceReader(file, path -> open(path, conf), decoder);
    };
  }

  private static java.io.InputStream open(String file, Configuration conf) throws IOException {
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    return fs.open(path);
  }
}
