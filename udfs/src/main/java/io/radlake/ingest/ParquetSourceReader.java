package io.radlake.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;

/**
 * Parquet files with flat columns, read row by row (constant memory). The record number is the
 * row index + 1. String columns are decoded strictly, so invalid UTF-8 in a binary column is
 * quarantined rather than replaced.
 */
public final class ParquetSourceReader implements SourceReader {
  private final String sourceFile;
  private final ParquetReader<Group> reader;
  private final StrictDecoder decoder;
  private long recordNumber;

  public ParquetSourceReader(String sourceFile, Configuration conf, StrictDecoder decoder) throws IOException {
    this.sourceFile = sourceFile;
    this.decoder = decoder;
    this.reader =
        ParquetReader.builder(new GroupReadSupport(), new Path(sourceFile))
            .withConf(conf)
            .build();
    // Fail on open, not on first read, for an unreadable file.
    HadoopInputFile.fromPath(new Path(sourceFile), conf).getLength();
  }

  @Override
  public SourceRecord next() throws IOException {
    Group row = reader.read();
    if (row == null) {
      return null;
    }
    recordNumber++;
    Map<String, String> fields = new LinkedHashMap<>();
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    RecordProblem problem = null;
    for (int i = 0; i < row.getType().getFieldCount(); i++) {
      Type type = row.getType().getType(i);
      String name = type.getName();
      raw.writeBytes(name.getBytes(StandardCharsets.UTF_8));
      raw.write('\t');
      if (row.getFieldRepetitionCount(i) == 0) {
        fields.put(name, null);
        raw.write('\n');
        continue;
      }
      if (!type.isPrimitive()) {
        String text = row.getGroup(i, 0).toString();
        fields.put(name, text);
        raw.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        raw.write('\n');
        continue;
      }
      PrimitiveType primitive = type.asPrimitiveType();
      LogicalTypeAnnotation logical = primitive.getLogicalTypeAnnotation();
      switch (primitive.getPrimitiveTypeName()) {
        case BINARY, FIXED_LEN_BYTE_ARRAY -> {
          byte[] bytes = row.getBinary(i, 0).getBytes();
          raw.writeBytes(bytes);
          try {
            fields.put(name, decoder.decode(bytes));
          } catch (StrictDecoder.InvalidBytesException e) {
            if (problem == null) {
              problem =
                  new RecordProblem(
                      ReasonCode.INVALID_ENCODING,
                      "column '"
                          + name
                          + "' has bytes that are not valid "
                          + decoder.charset().name()
                          + " at byte offset "
                          + e.offset()
                          + "; re-export as UTF-8 or pass --encoding with the file's charset");
            }
          }
        }
        case INT32 -> putText(fields, raw, name, Integer.toString(row.getInteger(i, 0)));
        case INT64 -> putText(fields, raw, name, int64Text(row.getLong(i, 0), logical));
        case DOUBLE -> putText(fields, raw, name, Double.toString(row.getDouble(i, 0)));
        case FLOAT -> putText(fields, raw, name, Float.toString(row.getFloat(i, 0)));
        case BOOLEAN -> putText(fields, raw, name, Boolean.toString(row.getBoolean(i, 0)));
        default -> putText(fields, raw, name, row.getValueToString(i, 0));
      }
      raw.write('\n');
    }
    byte[] rawBytes = raw.toByteArray();
    return problem != null
        ? SourceRecord.failed(sourceFile, recordNumber, SourceFormat.PARQUET, rawBytes, problem)
        : SourceRecord.ok(sourceFile, recordNumber, SourceFormat.PARQUET, fields, rawBytes);
  }

  private static void putText(Map<String, String> fields, ByteArrayOutputStream raw, String name, String text) {
    fields.put(name, text);
    raw.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** INT64 timestamps (Spark, pandas) become ISO-8601 UTC wall-clock text. */
  private static String int64Text(long value, LogicalTypeAnnotation logical) {
    if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation ts) {
      Instant instant =
          switch (ts.getUnit()) {
            case MILLIS -> Instant.ofEpochMilli(value);
            case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1000);
            case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
          };
      return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
    }
    return Long.toString(value);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
