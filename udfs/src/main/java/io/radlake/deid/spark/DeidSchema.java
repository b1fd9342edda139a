package io.radlake.deid.spark;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Columns the de-identification partition function reads from bronze and writes for the job. A row has either
 * the de-identified columns or {@code failure_reason} (then every text column is null: fail closed).
 */
public final class DeidSchema {
  /** Bronze columns the function needs. */
  public static final String[] INPUT_COLUMNS = {
    "report_id", "report_version", "patient_id", "study_datetime", "modality", "body_part", "site_id",
    "patient_sex", "patient_age", "attributes", "report_text", "source_file", "source_record", "source_format"
  };

  public static final StructType AUDIT_ENTRY =
      new StructType()
          .add("category", StringType, false)
          .add("rule", StringType, false)
          .add("spans_replaced", IntegerType, false);

  public static final StructType OUTPUT =
      new StructType()
          .add("report_key", StringType, false)
          .add("report_version", IntegerType, false)
          .add("patient_key", StringType, false)
          .add("study_datetime_shifted", TimestampNTZType, true)
          .add("modality", StringType, true)
          .add("body_part", StringType, true)
          .add("site_id", StringType, true)
          .add("patient_sex", StringType, true)
          .add("age_band", StringType, true)
          .add("attributes", DataTypes.createMapType(StringType, StringType), true)
          .add("report_text", StringType, true)
          .add("indication", StringType, true)
          .add("technique", StringType, true)
          .add("comparison", StringType, true)
          .add("findings", StringType, true)
          .add("impression", StringType, true)
          .add("addendum", StringType, true)
          .add("phi_spans_replaced", IntegerType, true)
          .add("text_hash", StringType, true)
          .add("audit", DataTypes.createArrayType(AUDIT_ENTRY, false), true)
          // Provenance for the quarantine row of a failure (PHI: report_id, raw_text); dropped before silver.
          .add("source_file", StringType, false)
          .add("source_record", DataTypes.LongType, false)
          .add("source_format", StringType, false)
          .add("report_id", StringType, false)
          .add("raw_text", StringType, true)
          .add("failure_reason", StringType, true);

  private DeidSchema() {}
}
