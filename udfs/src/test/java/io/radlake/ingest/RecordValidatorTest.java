package io.radlake.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordValidatorTest {
  private final RecordValidator validator = new RecordValidator(new IngestSettings(ColumnMapping.identity(), "UTF-8", 100));

  private static Map<String, String> good() {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("report_id", " R1 ");
    f.put("patient_id", "P1");
    f.put("study_datetime", "2021-03-14T10:22:00");
    f.put("modality", "ct");
    f.put("patient_sex", "female");
    f.put("patient_age", "093Y");
    f.put("site_id", "SITE-A");
    f.put("insurance_type", "medicare");
    f.put("report_text", "FINDINGS: normal.");
    return f;
  }

  private RecordValidator.Outcome validate(Map<String, String> fields) {
    return validator.validate(SourceRecord.ok("f.csv", 7, SourceFormat.CSV, fields, new byte[0]));
  }

  @Test
  void acceptsAndNormalisesAGoodRecord() {
    BronzeRecord r = validate(good()).record();
    assertThat(r.reportId()).isEqualTo("R1");
    assertThat(r.studyDatetime()).isEqualTo(LocalDateTime.of(2021, 3, 14, 10, 22));
    assertThat(r.modality()).isEqualTo("CT");
    assertThat(r.patientSex()).isEqualTo("F");
    assertThat(r.patientAge()).isEqualTo(93);
    assertThat(r.attributes()).containsExactly(Map.entry("insurance_type", "medicare"));
    assertThat(r.contentHash()).isEqualTo(ContentHash.sha256Hex("FINDINGS: normal.")).hasSize(64);
    assertThat(r.sourceRecord()).isEqualTo(7);
  }

  @Test
  void eachRequiredFieldHasItsReason() {
    for (String column : List.of("report_id", "patient_id", "report_text")) {
      Map<String, String> f = good();
      f.remove(column);
      RecordValidator.Outcome o = validate(f);
      assertThat(o.problem().code()).isEqualTo(ReasonCode.MISSING_REQUIRED_FIELD);
      assertThat(o.problem().message()).startsWith(column + " is missing or blank");
    }
    Map<String, String> blankPatient = good();
    blankPatient.put("patient_id", "  ");
    assertThat(validate(blankPatient).problem().code()).isEqualTo(ReasonCode.MISSING_REQUIRED_FIELD);
    assertThat(validate(blankPatient).reportId()).isEqualTo("R1");
  }

  @Test
  void emptyAndOversizedText() {
    Map<String, String> f = good();
    f.put("report_text", " \n\t ");
    assertThat(validate(f).problem().code()).isEqualTo(ReasonCode.EMPTY_TEXT);
    f.put("report_text", "\u00e9".repeat(51)); // 102 UTF-8 bytes > 100
    assertThat(validate(f).problem().describe()).startsWith("TEXT_TOO_LARGE: report_text is 102 bytes, over the limit of 100");
  }

  @Test
  void invalidValuesNameTheFieldButNotTheValue() {
    Map<String, String> f = good();
    f.put("study_datetime", "14th of March");
    assertThat(validate(f).problem().message()).startsWith("study_datetime is not a recognised").doesNotContain("14th");
    f = good();
    f.put("patient_age", "131");
    assertThat(validate(f).problem().message()).startsWith("patient_age must be whole years");
    f = good();
    f.put("patient_sex", "Q");
    assertThat(validate(f).problem().code()).isEqualTo(ReasonCode.INVALID_VALUE);
  }

  @Test
  void dateTimeAndAgeFormats() {
    assertThat(RecordValidator.parseDateTime("2021-03-14 10:22")).isEqualTo(LocalDateTime.of(2021, 3, 14, 10, 22));
    assertThat(RecordValidator.parseDateTime("20210314102200")).isEqualTo(LocalDateTime.of(2021, 3, 14, 10, 22));
    assertThat(RecordValidator.parseDateTime("2021-03-14T10:22:00+02:00")).isEqualTo(LocalDateTime.of(2021, 3, 14, 8, 22));
    assertThat(RecordValidator.parseDateTime("03/14/2021")).isEqualTo(LocalDateTime.of(2021, 3, 14, 0, 0));
    assertThat(RecordValidator.parseAge("006M")).isZero();
    assertThat(RecordValidator.parseAge("45")).isEqualTo(45);
    assertThat(RecordValidator.parseAge("45.0")).isEqualTo(45);
    assertThat(RecordValidator.parseAge("-4")).isNull();
  }

  @Test
  void columnMappingRenamesAndRejectsUnknownTargets() {
    Map<String, String> f = good();
    f.put("Body", f.remove("report_text"));
    RecordValidator mapped =
        new RecordValidator(new IngestSettings(ColumnMapping.parse(List.of("report_text=body")), "UTF-8", 100));
    assertThat(mapped.validate(SourceRecord.ok("f", 1, SourceFormat.CSV, f, new byte[0])).record().reportText())
        .isEqualTo("FINDINGS: normal.");
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("text=Body")))
        .hasMessageStartingWith("--map target must be one of [report_id");
    assertThatThrownBy(() -> ColumnMapping.parse(List.of("report_text")))
        .hasMessageContaining("--map must look like canonical_column=SourceColumn");
  }
}
