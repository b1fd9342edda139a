package io.radlake.ingest;

import java.util.Arrays;

/** A growable byte array; reused across records to keep parsing allocation-free. */
final class ByteBuilder {
  private static final int SHRINK_ABOVE = 8 << 20;
  private byte[] bytes = new byte[4096];
  private int size;

  void add(int b) {
    if (size == bytes.length) {
      bytes = Arrays.copyOf(bytes, bytes.length * 2);
    }
    bytes[size++] = (byte) b;
  }

  int size() {
    return size;
  }

  byte[] array() {
    return bytes;
  }

  byte[] toArray() {
    return Arrays.copyOf(bytes, size);
  }

  /** Empties the builder; a buffer grown by one huge record is released. */
  void clear() {
    size = 0;
    if (bytes.length > SHRINK_ABOVE) {
      bytes = new byte[4096];
    }
  }
}
