package io.radlake.ingest;

import java.util.List;

/** Column names of a report in radlake's canonical form (the bronze table's source columns). */
public final class CanonicalColumns {
  public static final String REPORT_ID = "report_id";
  public static final String PATIENT_ID = "patient_id";
  public static final String ACCESSION_NUMBER = "accession_number";
  public static final String STUDY_DATETIME = "study_datetime";
  public static final String MODALITY = "modality";
  public static final String BODY_PART = "body_part";
  public static final String SITE_ID = "site_id";
  public static final String PATIENT_SEX = "patient_sex";
  public static final String PATIENT_AGE = "patient_age";
  public static final String REPORT_TEXT = "report_text";

  /** Columns with a place of their own in bronze; every other source column goes to attributes. */
  public static final List<String> ALL =
      List.of(
          REPORT_ID, PATIENT_ID, ACCESSION_NUMBER, STUDY_DATETIME, MODALITY, BODY_PART, SITE_ID,
          PATIENT_SEX, PATIENT_AGE, REPORT_TEXT);

  private CanonicalColumns() {}
}
