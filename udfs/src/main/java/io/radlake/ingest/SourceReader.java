package io.radlake.ingest;

import java.io.Closeable;
import java.io.IOException;

/** Streams the records of one source file in file order; constant memory per record. */
public interface SourceReader extends Closeable {
  /** The next record, or null at the end of the file. */
  SourceRecord next() throws IOException;
}
