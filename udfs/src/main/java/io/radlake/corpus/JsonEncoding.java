package io.radlake.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Minimal JSON string escaping over bytes (invalid UTF-8 in a broken record passes through on purpose). */
final class JsonEncoding {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private JsonEncoding() {
    }

    static void writeString(ByteTarget out, String value) throws IOException {
        writeString(out, value.getBytes(StandardCharsets.UTF_8));
    }

    static void writeString(ByteTarget out, byte[] value) throws IOException {
        out.write('"');
        int runStart = 0;
        for (int i = 0; i < value.length; i++) {
            int b = value[i] & 0xff;
            if (b >= 0x20 && b != '"' && b != '\\') {
                continue;
            }
            out.write(value, runStart, i - runStart);
            runStart = i + 1;
            out.write('\\');
            switch (b) {
                case '"' -> out.write('"');
                case '\\' -> out.write('\\');
                case '\n' -> out.write('n');
                case '\r' -> out.write('r');
                case '\t' -> out.write('t');
                default -> {
                    out.write('u');
                    out.write('0');
                    out.write('0');
                    out.write(HEX[b >> 4]);
                    out.write(HEX[b & 0xf]);
                }
            }
        }
        out.write(value, runStart, value.length - runStart);
        out.write('"');
    }

    /** {@code "key":} */
    static void writeKey(ByteTarget out, String key) throws IOException {
        out.write('"');
        out.writeUtf8(key);
        out.write('"');
        out.write(':');
    }
}
