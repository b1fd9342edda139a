package io.radlake.jobs.ingest;

import io.radlake.ingest.SourceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Expands --input paths, folders and globs on the driver into the files to read, sorted by path
 * so that runs are reproducible. Files whose names start with '.' or '_' are skipped (Spark and
 * Hadoop markers). For a text folder only its manifest*.csv files are inputs; the .txt files are
 * read through them.
 */
public final class SourceFiles {
  private SourceFiles() {}

  /**
   * @param forced the --format given, or null to infer each file's format from its name
   * @throws IllegalArgumentException when an input matches nothing readable
   */
  public static List<SourceFile> expand(List<String> inputs, SourceFormat forced, Configuration conf) {
    TreeMap<String, SourceFile> files = new TreeMap<>();
    for (String input : inputs) {
      int before = files.size();
      try {
        Path pattern = new Path(input);
        FileSystem fs = pattern.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(pattern);
        if (matches != null) {
          for (FileStatus match : matches) {
            collect(fs, match, forced, files);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list --input " + input + ": " + e.getMessage(), e);
      }
      if (files.size() == before) {
        throw new IllegalArgumentException(
            "--input "
                + input
                + " matched no readable file; give a file, folder or glob of .csv, .jsonl, .parquet files, or a text"
                + " folder with manifest*.csv (use --format when the file names have other extensions)");
      }
    }
    return new ArrayList<>(files.values());
  }

  private static void collect(FileSystem fs, FileStatus status, SourceFormat forced, TreeMap<String, SourceFile> out)
      throws IOException {
    String name = status.getPath().getName();
    if (name.startsWith(".") || name.startsWith("_")) {
      return;
    }
    if (status.isDirectory()) {
      for (FileStatus child : fs.listStatus(status.getPath())) {
        collect(fs, child, forced, out);
      }
      return;
    }
    SourceFormat inferred = SourceFormat.fromFileName(name);
    SourceFormat format;
    if (forced == null) {
      format = inferred;
    } else if (forced == SourceFormat.TEXT) {
      // In a text folder the .txt files are read through the manifest rows, not as inputs.
      format = inferred == SourceFormat.TEXT ? SourceFormat.TEXT : null;
    } else {
      format = forced;
    }
    if (format != null) {
      String path = status.getPath().toString();
      out.put(path, new SourceFile(path, format, status.getLen()));
    }
  }
}
