package io.radlake.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON lines: one JSON object per line. The record number is the ordinal of the non-blank line.
 * Scalars become their text; nested objects and arrays their JSON text; JSON null becomes null.
 */
public final class JsonlSourceReader implements SourceReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String sourceFile;
  private final ByteSource in;
  private final StrictDecoder decoder;
  private final ByteBuilder line = new ByteBuilder();
  private long recordNumber;

  public JsonlSourceReader(String sourceFile, InputStream in, StrictDecoder decoder) {
    this.sourceFile = sourceFile;
    this.in = new ByteSource(in);
    this.decoder = decoder;
  }

  @Override
  public SourceRecord next() throws IOException {
    while (readLine()) {
      int end = line.size();
      if (end > 0 && line.array()[end - 1] == '\r') {
        end--;
      }
      if (isBlank(line.array(), end)) {
        continue;
      }
      recordNumber++;
      byte[] raw = line.toArray();
      String text;
      try {
        text = decoder.decode(line.array(), 0, end);
      } catch (StrictDecoder.InvalidBytesException e) {
        return failed(raw, ReasonCode.INVALID_ENCODING,
                "line has bytes that are not valid "
                    + decoder.charset().name()
                    + " at byte offset "
                    + e.offset()
                    + "; re-export as UTF-8 or pass --encoding with the file's charset");
      }
      JsonNode node;
      try {
        node = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        // Jackson's message quotes the input, which may be PHI: report the position only.
        return failed(raw, ReasonCode.MALFORMED_RECORD,
                "line is not valid JSON (error at character "
                    + e.getLocation().getCharOffset()
                    + " of "
                    + text.length()
                    + "); the line is truncated or malformed: fix the export and re-run ingest");
      }
      if (node == null || !node.isObject()) {
        return failed(raw, ReasonCode.MALFORMED_RECORD,
            "line is JSON but not an object; each line must be one {\"column\": value, ...} object");
      }
      Map<String, String> fields = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        JsonNode v = e.getValue();
        fields.put(e.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
      }
      return SourceRecord.ok(sourceFile, recordNumber, SourceFormat.JSONL, fields, raw);
    }
    return null;
  }

  private SourceRecord failed(byte[] raw, ReasonCode code, String message) {
    return SourceRecord.failed(sourceFile, recordNumber, SourceFormat.JSONL, raw, new RecordProblem(code, message));
  }

  private boolean readLine() throws IOException {
    line.clear();
    int b = in.next();
    if (b == -1) {
      return false;
    }
    while (b != -1 && b != '\n') {
      line.add(b);
      b = in.next();
    }
    return true;
  }

  private static boolean isBlank(byte[] bytes, int end) {
    for (int i = 0; i < end; i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
