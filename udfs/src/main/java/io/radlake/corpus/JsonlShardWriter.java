package io.radlake.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** {@code reports-NNNNN.jsonl}: one JSON object per line, columns as keys in order, patient_age a number. */
final class JsonlShardWriter implements ShardWriter {

    private final ByteSink out;
    private final LineBuffer line = new LineBuffer();

    JsonlShardWriter(Path file) throws IOException {
        out = ByteSink.create(file);
    }

    @Override
    public void write(CorpusRow row) throws IOException {
        line.clear();
        line.write('{');
        int afterReportId = -1;
        boolean first = true;
        for (int column = 0; column < CorpusColumns.METADATA.size(); column++) {
            String value = row.metadata(column);
            if (value == null && row.broken() != null && row.broken().omitKey()) {
                continue;
            }
            if (!first) {
                line.write(',');
            }
            first = false;
            JsonEncoding.writeKey(line, CorpusColumns.METADATA.get(column));
            if (value == null) {
                line.writeUtf8("null");
            } else if (column == CorpusColumns.PATIENT_AGE) {
                line.writeUtf8(value);
            } else {
                JsonEncoding.writeString(line, value);
            }
            if (column == CorpusColumns.REPORT_ID) {
                afterReportId = line.length();
            }
        }
        line.write(',');
        JsonEncoding.writeKey(line, CorpusColumns.REPORT_TEXT);
        JsonEncoding.writeString(line, row.text());
        line.write('}');
        int length = row.is(BrokenKind.TRUNCATED_RECORD) ? cutPoint(row, afterReportId) : line.length();
        line.copyTo(out, length);
        out.write('\n');
    }

    /**
     * Somewhere after the report_id value and before the closing brace, so the line is never valid JSON;
     * never inside a multi-byte UTF-8 character, so the only fault is the cut.
     */
    private int cutPoint(CorpusRow row, int afterReportId) {
        int lowest = afterReportId + 1;
        int highest = line.length() - 1;
        int cut = lowest + (int) (row.broken().cutFraction() * (highest - lowest));
        while (cut > lowest && (line.byteAt(cut) & 0xC0) == 0x80) {
            cut--;
        }
        return cut;
    }

    @Override
    public long bytesWritten() {
        return out.bytesWritten();
    }

    @Override
    public long filesWritten() {
        return 1;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
