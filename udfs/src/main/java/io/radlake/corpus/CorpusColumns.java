package io.radlake.corpus;

import java.util.List;

/** Column names and order shared by every output format (the ingest job's contract). */
final class CorpusColumns {

    /** The 14 metadata columns, in order; report_text (or file, for TEXT manifests) follows them. */
    static final List<String> METADATA = List.of("report_id", "patient_id", "accession_number", "study_datetime",
            "modality", "body_part", "site_id", "patient_sex", "patient_age", "race_ethnicity", "insurance_type",
            "encounter_type", "priority", "scanner_manufacturer");

    static final String REPORT_TEXT = "report_text";
    static final String FILE = "file";

    static final int REPORT_ID = 0;
    static final int PATIENT_ID = 1;
    static final int PATIENT_AGE = 8;

    private CorpusColumns() {
    }

    /** Metadata values of {@code report} in {@link #METADATA} order. */
    static String[] metadataOf(GeneratedReport report) {
        return new String[] {
            report.reportId(),
            report.patientId(),
            report.accessionNumber(),
            PhiFormats.isoDateTime(report.studyDatetime()),
            report.modality(),
            report.bodyPart(),
            report.siteId(),
            report.patientSex(),
            Integer.toString(report.patientAge()),
            report.attribute("race_ethnicity"),
            report.attribute("insurance_type"),
            report.attribute("encounter_type"),
            report.attribute("priority"),
            report.attribute("scanner_manufacturer"),
        };
    }
}
