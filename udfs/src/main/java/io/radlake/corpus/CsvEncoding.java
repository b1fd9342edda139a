package io.radlake.corpus;

import java.io.IOException;

/** RFC 4180 field encoding at the byte level, so deliberately invalid UTF-8 passes through untouched. */
final class CsvEncoding {

    private CsvEncoding() {
    }

    /** A metadata field: quoted only if it holds a comma, quote, CR or LF; null writes an empty field. */
    static void writeField(ByteTarget out, String value) throws IOException {
        if (value == null) {
            return;
        }
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.writeUtf8(value);
            return;
        }
        writeQuoted(out, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Always quoted, inner quotes doubled; UTF-8 multi-byte sequences never contain 0x22, so bytes are safe. */
    static void writeQuoted(ByteTarget out, byte[] value) throws IOException {
        out.write('"');
        int runStart = 0;
        for (int i = 0; i < value.length; i++) {
            if (value[i] == '"') {
                out.write(value, runStart, i + 1 - runStart);
                out.write('"');
                runStart = i + 1;
            }
        }
        out.write(value, runStart, value.length - runStart);
        out.write('"');
    }

    static void writeHeader(ByteTarget out, String lastColumn) throws IOException {
        for (String column : CorpusColumns.METADATA) {
            out.writeUtf8(column);
            out.write(',');
        }
        out.writeUtf8(lastColumn);
        out.write('\n');
    }
}
