package io.radlake.jobs.ingest;

import static org.apache.spark.sql.types.DataTypes.BinaryType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampNTZType;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Columns of the rows that reading and validating produce, one row per source record. */
final class IngestSchema {
  static final String REASON_CODE = "reason_code";
  static final String REASON = "reason";
  static final String RAW_RECORD = "raw_record";

  /** Bronze columns as read (no version or run columns yet) plus the problem columns. */
  static final StructType READ =
      new StructType()
          .add("report_id", StringType)
          .add("patient_id", StringType)
          .add("accession_number", StringType)
          .add("study_datetime", TimestampNTZType)
          .add("modality", StringType)
          .add("body_part", StringType)
          .add("site_id", StringType)
          .add("patient_sex", StringType)
          .add("patient_age", IntegerType)
          .add("attributes", DataTypes.createMapType(StringType, StringType))
          .add("report_text", StringType)
          .add("content_hash", StringType)
          .add("source_file", StringType, false)
          .add("source_record", LongType, false)
          .add("source_format", StringType, false)
          .add(REASON_CODE, StringType)
          .add(REASON, StringType)
          .add(RAW_RECORD, BinaryType);

  private IngestSchema() {}
}
