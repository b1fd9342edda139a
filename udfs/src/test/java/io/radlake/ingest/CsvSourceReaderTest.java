package io.radlake.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvSourceReaderTest {

  static List<SourceRecord> readAll(byte[] bytes) throws IOException {
    List<SourceRecord> out = new ArrayList<>();
    try (CsvSourceReader reader = new CsvSourceReader("f.csv", new ByteArrayInputStream(bytes), StrictDecoder.utf8())) {
      for (SourceRecord r = reader.next(); r != null; r = reader.next()) {
        out.add(r);
      }
    }
    return out;
  }

  static List<SourceRecord> readAll(String csv) throws IOException {
    return readAll(csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void quotedFieldsKeepCommasQuotesAndLineBreaksAndRawBytesAreExact() throws IOException {
    String row = "R1,\"FINDINGS: a, b\n\"\"quoted\"\"\r\nIMPRESSION: none.\"\r\n";
    List<SourceRecord> records = readAll("report_id,report_text\r\n" + row);
    assertThat(records).hasSize(1);
    SourceRecord r = records.get(0);
    assertThat(r.problem()).isNull();
    assertThat(r.recordNumber()).isEqualTo(1);
    assertThat(r.fields()).containsEntry("report_id", "R1")
        .containsEntry("report_text", "FINDINGS: a, b\n\"quoted\"\r\nIMPRESSION: none.");
    assertThat(new String(r.rawBytes(), StandardCharsets.UTF_8)).isEqualTo(row);
  }

  @Test
  void recordNumbersCountRecordsNotLinesAndSkipBlankLines() throws IOException {
    List<SourceRecord> records = readAll("a,b\n1,\"x\ny\"\n\n2,z\n3,\"\"");
    assertThat(records).extracting(SourceRecord::recordNumber).containsExactly(1L, 2L, 3L);
    assertThat(records.get(1).fields()).containsEntry("a", "2");
    assertThat(records.get(2).fields()).containsEntry("b", "");
  }

  @Test
  void truncatedRowIsMalformedWithFieldCounts() throws IOException {
    List<SourceRecord> records = readAll("a,b,c\n1,2\n4,5,6\n");
    assertThat(records.get(0).problem().code()).isEqualTo(ReasonCode.MALFORMED_RECORD);
    assertThat(records.get(0).problem().message()).startsWith("expected 3 fields as in the header, found 2");
    assertThat(records.get(1).problem()).isNull();
    assertThat(records.get(1).recordNumber()).isEqualTo(2);
  }

  @Test
  void unterminatedQuoteKeepsTheRestOfTheFileInTheQuarantinedRecord() throws IOException {
    List<SourceRecord> records = readAll("a,b\n1,\"open\n2,x\n");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).problem().message()).contains("quoted field 2 is not closed");
    assertThat(new String(records.get(0).rawBytes(), StandardCharsets.UTF_8)).isEqualTo("1,\"open\n2,x\n");
  }

  @Test
  void invalidUtf8IsReportedWithColumnAndOffsetNotValue() throws IOException {
    byte[] bytes = "a,report_text\n1,caf\u0000\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xE9; // Latin-1 e-acute where UTF-8 was expected
    SourceRecord r = readAll(bytes).get(0);
    assertThat(r.problem().code()).isEqualTo(ReasonCode.INVALID_ENCODING);
    assertThat(r.problem().message()).contains("column 'report_text'").contains("byte offset 3").doesNotContain("caf");
    assertThat(r.rawBytes()).endsWith((byte) 0xE9, (byte) '\n');
  }

  @Test
  void declaredLatin1DecodesTheSameBytes() throws IOException {
    byte[] bytes = "a\ncaf\u0000\n".getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 2] = (byte) 0xE9;
    try (CsvSourceReader reader =
        new CsvSourceReader("f.csv", new ByteArrayInputStream(bytes), new StrictDecoder(StandardCharsets.ISO_8859_1))) {
      assertThat(reader.next().fields()).containsEntry("a", "caf\u00e9");
    }
  }

  @Test
  void textAfterClosingQuoteIsMalformed() throws IOException {
    SourceRecord r = readAll("a,b\n\"x\"y,2\n").get(0);
    assertThat(r.problem().code()).isEqualTo(ReasonCode.MALFORMED_RECORD);
    assertThat(r.problem().message()).contains("field 1 has characters after its closing quote");
  }

  @Test
  void emptyFileHasNoRecords() throws IOException {
    assertThat(readAll("")).isEmpty();
    assertThat(readAll("a,b\n")).isEmpty();
  }
}
