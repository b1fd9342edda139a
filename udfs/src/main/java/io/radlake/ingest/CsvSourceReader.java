package io.radlake.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV with a header row, parsed at byte level so that each record keeps its exact bytes,
 * its 1-based number (header excluded, blank lines not counted) and strict charset checks per
 * field. Quoted fields may hold commas, quotes ({@code ""}) and line breaks; CRLF and LF both end
 * records.
 */
public final class CsvSourceReader implements SourceReader {
  private static final int QUOTE = '"';
  private static final int COMMA = ',';
  private static final int LF = '\n';
  private static final int CR = '\r';

  private final String sourceFile;
  private final SourceFormat format;
  private final ByteSource in;
  private final StrictDecoder decoder;
  private final ByteBuilder raw = new ByteBuilder();
  private final ByteBuilder content = new ByteBuilder();
  private final List<Integer> fieldEnds = new ArrayList<>();
  private List<String> header;
  private long recordNumber;
  private String malformed;

  public CsvSourceReader(String sourceFile, InputStream in, StrictDecoder decoder) {
    this(sourceFile, SourceFormat.CSV, in, decoder);
  }

  CsvSourceReader(String sourceFile, SourceFormat format, InputStream in, StrictDecoder decoder) {
    this.sourceFile = sourceFile;
    this.format = format;
    this.in = new ByteSource(in);
    this.decoder = decoder;
  }

  /** Column names of the header row; empty before the first {@link #next()} on an empty file. */
  public List<String> header() {
    return header == null ? List.of() : header;
  }

  @Override
  public SourceRecord next() throws IOException {
    if (header == null) {
      if (!readRecord()) {
        header = List.of();
        return null;
      }
      header = new ArrayList<>(fieldEnds.size());
      int start = 0;
      for (int end : fieldEnds) {
        // Column names are not PHI; a stray byte in one is replaced rather than losing the file.
        header.add(
            new String(content.array(), start, end - start, StandardCharsets.UTF_8).strip().replace("\uFEFF", ""));
        start = end;
      }
    }
    if (header.isEmpty() || !readRecord()) {
      return null;
    }
    recordNumber++;
    byte[] rawBytes = raw.toArray();
    if (malformed != null) {
      return failed(rawBytes, ReasonCode.MALFORMED_RECORD, malformed);
    }
    if (fieldEnds.size() != header.size()) {
      return failed(rawBytes, ReasonCode.MALFORMED_RECORD,
              "expected "
                  + header.size()
                  + " fields as in the header, found "
                  + fieldEnds.size()
                  + "; the row is truncated or has an unquoted comma: fix the export and re-run ingest");
    }
    Map<String, String> fields = new LinkedHashMap<>(header.size() * 2);
    int start = 0;
    for (int i = 0; i < header.size(); i++) {
      int end = fieldEnds.get(i);
      try {
        fields.put(header.get(i), decoder.decode(content.array(), start, end));
      } catch (StrictDecoder.InvalidBytesException e) {
        return failed(rawBytes, ReasonCode.INVALID_ENCODING,
                "column '"
                    + header.get(i)
                    + "' has bytes that are not valid "
                    + decoder.charset().name()
                    + " at byte offset "
                    + e.offset()
                    + " of the field; re-export as UTF-8 or pass --encoding with the file's charset");
      }
      start = end;
    }
    return SourceRecord.ok(sourceFile, recordNumber, format, fields, rawBytes);
  }

  private SourceRecord failed(byte[] raw, ReasonCode code, String message) {
    return SourceRecord.failed(sourceFile, recordNumber, format, raw, new RecordProblem(code, message));
  }

  /**
   * Reads one record into {@link #content}/{@link #fieldEnds}/{@link #raw}; false at end of input.
   * Blank lines are skipped: they hold no data.
   */
  private boolean readRecord() throws IOException {
    while (true) {
      raw.clear();
      content.clear();
      fieldEnds.clear();
      malformed = null;
      int b = in.next();
      if (b == -1) {
        return false;
      }
      if (b == LF || (b == CR && in.peek() == LF)) {
        if (b == CR) {
          in.next();
        }
        continue;
      }
      parseRecordStartingWith(b);
      return true;
    }
  }

  private void parseRecordStartingWith(int first) throws IOException {
    int b = first;
    boolean quoted = false;
    boolean afterClosingQuote = false;
    boolean fieldStart = true;
    while (true) {
      if (b == -1) {
        if (quoted) {
          malformed =
              "quoted field "
                  + (fieldEnds.size() + 1)
                  + " is not closed before the end of the file (truncated export?); the rest of the file is kept in this quarantined record";
        }
        fieldEnds.add(content.size());
        return;
      }
      raw.add(b);
      if (quoted) {
        if (b == QUOTE) {
          if (in.peek() == QUOTE) {
            raw.add(in.next());
            content.add(QUOTE);
          } else {
            quoted = false;
            afterClosingQuote = true;
          }
        } else {
          content.add(b);
        }
      } else if (b == COMMA) {
        fieldEnds.add(content.size());
        fieldStart = true;
        afterClosingQuote = false;
        b = in.next();
        continue;
      } else if (b == LF || (b == CR && in.peek() == LF)) {
        if (b == CR) {
          raw.add(in.next());
        }
        fieldEnds.add(content.size());
        return;
      } else if (b == QUOTE && fieldStart) {
        quoted = true;
      } else {
        if (afterClosingQuote && malformed == null) {
          malformed =
              "field "
                  + (fieldEnds.size() + 1)
                  + " has characters after its closing quote; quote the whole field and double inner quotes";
        }
        content.add(b);
      }
      fieldStart = false;
      b = in.next();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
