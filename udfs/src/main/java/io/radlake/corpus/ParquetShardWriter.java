package io.radlake.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;

/**
 * {@code reports-NNNNN.parquet}, snappy, streamed row by row. Every column is {@code optional binary (STRING)}
 * except {@code patient_age optional int32}; report_text is written as raw bytes, so a BAD_ENCODING record
 * really holds invalid UTF-8.
 */
final class ParquetShardWriter implements ShardWriter {

    static final MessageType SCHEMA = schema();
    /** Smaller than the 128 MB default: bounds memory per writer; still large for row-group pruning. */
    private static final int ROW_GROUP_BYTES = 32 * 1024 * 1024;

    private final Path file;
    private final ParquetWriter<Group> writer;
    private final SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
    private long bytes;
    private boolean closed;

    ParquetShardWriter(Path file) throws IOException {
        this.file = file;
        this.writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withConf(new Configuration(false))
                .withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryEncoding(true)
                .build();
    }

    private static MessageType schema() {
        Types.MessageTypeBuilder builder = Types.buildMessage();
        for (String column : CorpusColumns.METADATA) {
            if (column.equals("patient_age")) {
                builder.optional(PrimitiveTypeName.INT32).named(column);
            } else {
                builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(column);
            }
        }
        builder.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .named(CorpusColumns.REPORT_TEXT);
        return builder.named("report");
    }

    @Override
    public void write(CorpusRow row) throws IOException {
        Group group = groups.newGroup();
        for (int column = 0; column < CorpusColumns.METADATA.size(); column++) {
            String value = row.metadata(column);
            if (value == null) {
                continue; // optional column left null
            }
            if (column == CorpusColumns.PATIENT_AGE) {
                group.add(column, Integer.parseInt(value));
            } else {
                group.add(column, Binary.fromString(value));
            }
        }
        group.add(CorpusColumns.METADATA.size(), Binary.fromConstantByteArray(row.text()));
        writer.write(group);
    }

    @Override
    public long bytesWritten() {
        return bytes;
    }

    @Override
    public long filesWritten() {
        return 1;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        bytes = Files.size(file);
    }
}
