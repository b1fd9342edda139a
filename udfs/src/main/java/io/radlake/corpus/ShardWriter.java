package io.radlake.corpus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** Writes the records of one data shard in one format. */
interface ShardWriter extends Closeable {

    void write(CorpusRow row) throws IOException;

    /** Bytes of every file this shard created (valid after close). */
    long bytesWritten();

    /** Files this shard created, the shard file included (valid after close). */
    long filesWritten();

    static ShardWriter open(CorpusFormat format, Path outputDir, int shard) throws IOException {
        Path file = outputDir.resolve(format.shardFileName(shard));
        return switch (format) {
            case CSV -> new CsvShardWriter(file);
            case JSONL -> new JsonlShardWriter(file);
            case PARQUET -> new ParquetShardWriter(file);
            case TEXT -> new TextFolderShardWriter(outputDir, file);
        };
    }
}
