package io.radlake.corpus;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 parser over bytes (so invalid UTF-8 survives): records end at an unquoted LF,
 * quoted fields may hold commas, quotes ("" escaped) and newlines. Fails on anything malformed.
 */
final class CsvTestParser {

    private CsvTestParser() {
    }

    static List<List<byte[]>> parse(byte[] data) {
        List<List<byte[]>> records = new ArrayList<>();
        List<byte[]> fields = new ArrayList<>();
        ByteArrayOutputStream field = new ByteArrayOutputStream();
        int i = 0;
        boolean fieldStarted = false;
        while (i < data.length) {
            byte b = data[i];
            if (!fieldStarted && b == '"') {
                i++;
                while (true) {
                    if (i >= data.length) {
                        throw new IllegalArgumentException("unterminated quoted field at end of data");
                    }
                    if (data[i] == '"') {
                        if (i + 1 < data.length && data[i + 1] == '"') {
                            field.write('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.write(data[i++]);
                }
                if (i < data.length && data[i] != ',' && data[i] != '\n') {
                    throw new IllegalArgumentException("unexpected byte after closing quote at offset " + i);
                }
                fieldStarted = true;
                continue;
            }
            if (b == ',') {
                fields.add(field.toByteArray());
                field.reset();
                fieldStarted = false;
            } else if (b == '\n') {
                fields.add(field.toByteArray());
                field.reset();
                records.add(fields);
                fields = new ArrayList<>();
                fieldStarted = false;
            } else if (b == '"') {
                throw new IllegalArgumentException("quote inside an unquoted field at offset " + i);
            } else {
                field.write(b);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || !fields.isEmpty()) {
            throw new IllegalArgumentException("last record does not end with a newline");
        }
        return records;
    }
}
