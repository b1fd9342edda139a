package io.radlake.corpus;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One synthetic report with its structured metadata and exact PHI ground truth.
 *
 * @param patientSex F, M, O or U
 * @param patientAge whole years at the study date, 0..105
 * @param attributes in this order: race_ethnicity, insurance_type, encounter_type, priority, scanner_manufacturer
 * @param phiSpans   sorted by start, non-overlapping, offsets into {@code reportText}
 */
public record GeneratedReport(
        String reportId,
        String patientId,
        String accessionNumber,
        LocalDateTime studyDatetime,
        String modality,
        String bodyPart,
        String siteId,
        String patientSex,
        int patientAge,
        Map<String, String> attributes,
        String reportText,
        List<PhiSpan> phiSpans) {

    public GeneratedReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(reportText, "reportText");
        // LinkedHashMap keeps the documented attribute order; unmodifiable keeps the record immutable.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        phiSpans = List.copyOf(phiSpans);
    }

    public String attribute(String name) {
        return attributes.get(name);
    }
}
