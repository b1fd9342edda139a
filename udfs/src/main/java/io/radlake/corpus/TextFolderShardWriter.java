package io.radlake.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * TEXT layout: each report's bytes in {@code reports/<id>.txt}, and a CSV manifest whose last column
 * {@code file} names that file. A truncated manifest row has no file column, and no .txt is written for it.
 */
final class TextFolderShardWriter implements ShardWriter {

    private final Path outputDir;
    private final ByteSink manifest;
    private long textBytes;
    private long textFiles;

    TextFolderShardWriter(Path outputDir, Path manifestFile) throws IOException {
        this.outputDir = outputDir;
        Files.createDirectories(outputDir.resolve("reports"));
        manifest = ByteSink.create(manifestFile);
        CsvEncoding.writeHeader(manifest, CorpusColumns.FILE);
    }

    @Override
    public void write(CorpusRow row) throws IOException {
        if (row.is(BrokenKind.TRUNCATED_RECORD)) {
            CsvShardWriter.writeTruncated(manifest, row);
            return;
        }
        Files.write(outputDir.resolve(row.textFile()), row.text(), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
        textBytes += row.text().length;
        textFiles++;
        for (int column = 0; column < CorpusColumns.METADATA.size(); column++) {
            CsvEncoding.writeField(manifest, row.metadata(column));
            manifest.write(',');
        }
        CsvEncoding.writeField(manifest, row.textFile());
        manifest.write('\n');
    }

    @Override
    public long bytesWritten() {
        return manifest.bytesWritten() + textBytes;
    }

    @Override
    public long filesWritten() {
        return 1 + textFiles;
    }

    @Override
    public void close() throws IOException {
        manifest.close();
    }
}
