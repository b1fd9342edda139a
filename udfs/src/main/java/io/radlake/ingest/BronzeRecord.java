package io.radlake.ingest;

import java.time.LocalDateTime;
import java.util.Map;

/** A validated report in canonical form, ready for {@code bronze.reports_raw}. */
public record BronzeRecord(
    String reportId,
    String patientId,
    String accessionNumber,
    LocalDateTime studyDatetime,
    String modality,
    String bodyPart,
    String siteId,
    String patientSex,
    Integer patientAge,
    Map<String, String> attributes,
    String reportText,
    String contentHash,
    String sourceFile,
    long sourceRecord,
    SourceFormat sourceFormat) {}
