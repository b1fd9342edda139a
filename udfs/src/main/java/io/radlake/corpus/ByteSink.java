package io.radlake.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A buffered file output that counts bytes. Creates the file; never overwrites one. */
final class ByteSink implements ByteTarget, Closeable {

    private static final int BUFFER_SIZE = 1 << 16;

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int position;
    private long written;
    private boolean closed;

    private ByteSink(OutputStream out) {
        this.out = out;
    }

    static ByteSink create(Path file) throws IOException {
        return new ByteSink(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE));
    }

    @Override
    public void write(int b) throws IOException {
        if (position == buffer.length) {
            flushBuffer();
        }
        buffer[position++] = (byte) b;
        written++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (length > buffer.length - position) {
            flushBuffer();
            if (length > buffer.length) {
                out.write(bytes, offset, length);
                written += length;
                return;
            }
        }
        System.arraycopy(bytes, offset, buffer, position, length);
        position += length;
        written += length;
    }

    @Override
    public void writeUtf8(String text) throws IOException {
        int length = text.length();
        if (length > buffer.length - position) {
            flushBuffer();
        }
        if (length > buffer.length) {
            ByteTarget.super.writeUtf8(text);
            return;
        }
        // ASCII straight into the buffer; on the first non-ASCII char, undo and encode properly.
        int start = position;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                position = start;
                write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                return;
            }
            buffer[position++] = (byte) c;
        }
        written += length;
    }

    long bytesWritten() {
        return written;
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
