package io.radlake.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code _broken_records.jsonl}: where each broken record is, e.g.
 * {@code {"file":"reports-00000.csv","record_number":17,"report_id":"RPT-000000017","kind":"EMPTY_TEXT"}}.
 */
final class BrokenRecordLog implements Closeable {

    private final ByteSink out;
    private final Map<BrokenKind, Long> counts = new EnumMap<>(BrokenKind.class);

    BrokenRecordLog(Path file) throws IOException {
        out = ByteSink.create(file);
        for (BrokenKind kind : BrokenKind.values()) {
            counts.put(kind, 0L);
        }
    }

    /**
     * @param recordNumber        1-based ordinal of the record in {@code file}
     * @param duplicateOfRecord   for DUPLICATE_ID_DIFFERENT_TEXT, the reused record's number; else ignored
     */
    void record(String file, long recordNumber, String reportId, BrokenKind kind, long duplicateOfRecord)
            throws IOException {
        out.writeUtf8("{\"file\":");
        JsonEncoding.writeString(out, file);
        out.writeUtf8(",\"record_number\":");
        out.writeUtf8(Long.toString(recordNumber));
        out.writeUtf8(",\"report_id\":");
        JsonEncoding.writeString(out, reportId);
        out.writeUtf8(",\"kind\":\"");
        out.writeUtf8(kind.name());
        out.write('"');
        if (kind == BrokenKind.DUPLICATE_ID_DIFFERENT_TEXT) {
            out.writeUtf8(",\"duplicate_of_record\":");
            out.writeUtf8(Long.toString(duplicateOfRecord));
        }
        out.writeUtf8("}\n");
        counts.merge(kind, 1L, Long::sum);
    }

    Map<BrokenKind, Long> counts() {
        return counts;
    }

    long bytesWritten() {
        return out.bytesWritten();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
