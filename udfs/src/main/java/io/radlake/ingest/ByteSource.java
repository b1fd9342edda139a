package io.radlake.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** Unsynchronised buffered byte reader; the readers parse byte by byte. */
final class ByteSource implements Closeable {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;

  ByteSource(InputStream in) {
    this.in = in;
  }

  /** The next byte (0..255), or -1 at end of input. */
  int next() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos++] & 0xff;
  }

  /** The next byte without consuming it, or -1. */
  int peek() throws IOException {
    if (pos == limit && !fill()) {
      return -1;
    }
    return buffer[pos] & 0xff;
  }

  /** Refills the buffer; false at end of input. */
  private boolean fill() throws IOException {
    limit = Math.max(0, in.read(buffer, 0, buffer.length));
    pos = 0;
    return limit > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
