package io.radlake.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Where encoders put bytes: a file ({@link ByteSink}) or an in-memory line ({@link LineBuffer}). */
interface ByteTarget {

    void write(int b) throws IOException;

    void write(byte[] bytes, int offset, int length) throws IOException;

    default void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    /** Decimal digits of a non-negative number, without allocating a String. */
    default void writeDecimal(long value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("only non-negative numbers are written, got: " + value);
        }
        long divisor = 1;
        while (value / divisor >= 10) {
            divisor *= 10;
        }
        for (; divisor > 0; divisor /= 10) {
            write((int) ('0' + (value / divisor) % 10));
        }
    }

    /** UTF-8 of {@code text}, with a fast path for ASCII (almost all metadata). */
    default void writeUtf8(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                write(text.getBytes(StandardCharsets.UTF_8));
                return;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            write(text.charAt(i));
        }
    }
}
