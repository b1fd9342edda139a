package io.radlake.corpus;

import java.util.Arrays;

/** A reusable growable byte array, for lines that must be complete before they are cut or written. */
final class LineBuffer implements ByteTarget {

    private byte[] bytes = new byte[8192];
    private int length;

    void clear() {
        length = 0;
        // Give back the memory of an oversized record instead of keeping 10 MB for the rest of the run.
        if (bytes.length > 1 << 20) {
            bytes = new byte[8192];
        }
    }

    @Override
    public void write(int b) {
        ensure(1);
        bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) {
        ensure(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    int length() {
        return length;
    }

    byte byteAt(int index) {
        return bytes[index];
    }

    /** Copies the first {@code count} bytes to {@code target}. */
    void copyTo(ByteTarget target, int count) throws java.io.IOException {
        target.write(bytes, 0, count);
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
