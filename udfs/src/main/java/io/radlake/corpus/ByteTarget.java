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
        byte[] digits = new byte[19];
        int start = digits.length;
        do {
            digits[--start] = (byte) ('0' + value % 10);
            value /= 10;
        } while (value > 0);
        write(digits, start, digits.length - start);
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
