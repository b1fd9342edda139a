package io.radlake.corpus;

import java.io.IOException;
import java.nio.file.Path;

/** {@code reports-NNNNN.csv}: header row, then one RFC 4180 record per report, report_text always quoted. */
final class CsvShardWriter implements ShardWriter {

    private final ByteSink out;

    CsvShardWriter(Path file) throws IOException {
        out = ByteSink.create(file);
        CsvEncoding.writeHeader(out, CorpusColumns.REPORT_TEXT);
    }

    @Override
    public void write(CorpusRow row) throws IOException {
        if (row.is(BrokenKind.TRUNCATED_RECORD)) {
            writeTruncated(out, row);
            return;
        }
        for (int column = 0; column < CorpusColumns.METADATA.size(); column++) {
            CsvEncoding.writeField(out, row.metadata(column));
            out.write(',');
        }
        CsvEncoding.writeQuoted(out, row.text());
        out.write('\n');
    }

    /** The first k complete metadata fields, no trailing comma, then the record's newline. */
    static void writeTruncated(ByteTarget out, CorpusRow row) throws IOException {
        int keep = row.broken().keepFields();
        for (int column = 0; column < keep; column++) {
            if (column > 0) {
                out.write(',');
            }
            CsvEncoding.writeField(out, row.metadata(column));
        }
        out.write('\n');
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
