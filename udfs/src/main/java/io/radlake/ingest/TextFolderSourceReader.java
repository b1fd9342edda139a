package io.radlake.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A folder of plain-text reports described by a manifest CSV: one row per report with its
 * metadata and a {@code file} column naming the .txt file (relative to the manifest's folder). A
 * record is a manifest row; its number is the row's ordinal in the manifest. The text file's
 * content becomes {@code report_text}.
 */
public final class TextFolderSourceReader implements SourceReader {
  /** Manifest column naming the text file. */
  public static final String FILE_COLUMN = "file";

  private final String manifestPath;
  private final CsvSourceReader manifest;
  private final FileOpener opener;
  private final StrictDecoder decoder;

  /** Opens a file by path (local, HDFS, S3...): the reader does not care where files live. */
  @FunctionalInterface
  public interface FileOpener {
    InputStream open(String path) throws IOException;
  }

  public TextFolderSourceReader(String manifestPath, FileOpener opener, StrictDecoder decoder) throws IOException {
    this.manifestPath = manifestPath;
    this.opener = opener;
    this.decoder = decoder;
    this.manifest = new CsvSourceReader(manifestPath, SourceFormat.TEXT, opener.open(manifestPath), decoder);
  }

  @Override
  public SourceRecord next() throws IOException {
    SourceRecord row = manifest.next();
    if (row == null || row.hasProblem()) {
      return row;
    }
    String relative = row.fields().get(FILE_COLUMN);
    if (relative == null || relative.isBlank()) {
      return fail(row, row.rawBytes(), ReasonCode.MISSING_REQUIRED_FIELD,
          "manifest column '" + FILE_COLUMN + "' is missing or blank; each row must name its report's text file");
    }
    String textPath = resolve(relative.strip());
    byte[] bytes;
    try (InputStream in = opener.open(textPath)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      return fail(row, row.rawBytes(), ReasonCode.UNREADABLE_FILE,
          "text file named in column '" + FILE_COLUMN + "' cannot be read (" + e.getClass().getSimpleName()
              + "); restore the file or remove its manifest row");
    }
    String text;
    try {
      text = decoder.decode(bytes);
    } catch (StrictDecoder.InvalidBytesException e) {
      return fail(row, bytes, ReasonCode.INVALID_ENCODING,
          "text file has bytes that are not valid " + decoder.charset().name() + " at byte offset " + e.offset()
              + "; re-export as UTF-8 or pass --encoding with the file's charset");
    }
    Map<String, String> fields = new LinkedHashMap<>(row.fields());
    fields.remove(FILE_COLUMN);
    fields.put("report_text", text);
    fields.put("source_text_file", relative.strip());
    return SourceRecord.ok(manifestPath, row.recordNumber(), SourceFormat.TEXT, fields, row.rawBytes());
  }

  private SourceRecord fail(SourceRecord row, byte[] raw, ReasonCode code, String message) {
    return SourceRecord.failed(manifestPath, row.recordNumber(), SourceFormat.TEXT, raw, new RecordProblem(code, message));
  }

  private String resolve(String relative) {
    if (relative.startsWith("/") || relative.contains("://")) {
      return relative;
    }
    int slash = manifestPath.lastIndexOf('/');
    return slash < 0 ? relative : manifestPath.substring(0, slash + 1) + relative;
  }

  @Override
  public void close() throws IOException {
    manifest.close();
  }
}
