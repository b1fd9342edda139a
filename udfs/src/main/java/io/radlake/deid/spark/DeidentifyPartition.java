package io.radlake.deid.spark;

import io.radlake.clean.CleanedText;
import io.radlake.clean.DuplicateKeys;
import io.radlake.clean.ReportSections;
import io.radlake.clean.SectionParser;
import io.radlake.clean.TextCleaner;
import io.radlake.deid.AgeBand;
import io.radlake.deid.DateShifter;
import io.radlake.deid.DeidResult;
import io.radlake.deid.Deidentifier;
import io.radlake.deid.PhiAuditCount;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import scala.collection.JavaConverters;

/**
 * Executor side of de-identification: for each bronze row, finds and replaces identifiers, cleans the text,
 * parses sections and computes the duplicate key. Fail closed: when any stage throws, the row carries only its
 * keys, provenance and a reason naming the stage and exception type, never the text or any derived value.
 *
 * <p>The detector is built once per executor JVM and shared by its tasks; the rest is built once per partition.
 * Needs no GPU.
 */
public final class DeidentifyPartition implements MapPartitionsFunction<Row, Row> {
  private final DeidJobSettings settings;

  public DeidentifyPartition(DeidJobSettings settings) {
    this.settings = settings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Deidentifier deidentifier = settings.deidentifier();
    TextCleaner cleaner = new TextCleaner();
    SectionParser parser = new SectionParser();
    DateShifter shifter = settings.dateShifter();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return process(rows.next(), deidentifier, cleaner, parser, shifter);
      }
    };
  }

  private Row process(
      Row in, Deidentifier deidentifier, TextCleaner cleaner, SectionParser parser, DateShifter shifter) {
    String reportId = in.getAs("report_id");
    String patientId = in.getAs("patient_id");
    int version = in.<Integer>getAs("report_version");
    String reportKey = settings.pseudonymizer().reportKey(reportId);
    String patientKey = settings.pseudonymizer().patientKey(patientId);
    String text = in.getAs("report_text");
    String stage = "check text size";
    try {
      if (text.length() > settings.maxTextChars()) {
        throw new IllegalArgumentException("text longer than --max-text-chars");
      }
      stage = "detect and replace identifiers";
      DeidResult deid = deidentifier.deidentify(text, patientId);
      stage = "clean text";
      CleanedText cleaned = cleaner.clean(deid.text());
      stage = "parse sections";
      ReportSections sections = parser.parse(cleaned.text());
      stage = "shift study date";
      LocalDateTime studyAt = in.getAs("study_datetime");
      LocalDateTime shifted = studyAt == null ? null : shifter.shift(studyAt, patientId);
      Integer age = in.getAs("patient_age");
      List<Row> audit = new ArrayList<>();
      int replaced = 0;
      for (PhiAuditCount c : deid.auditCounts()) {
        audit.add(RowFactory.create(c.category().name(), c.rule(), c.count()));
        replaced += c.count();
      }
      return RowFactory.create(
          reportKey, version, patientKey, shifted, in.getAs("modality"), in.getAs("body_part"), in.getAs("site_id"),
          in.getAs("patient_sex"), AgeBand.of(age), keptAttributes(in), cleaned.text(),
          sections.indication(), sections.technique(), sections.comparison(), sections.findings(),
          sections.impression(), sections.addendum(), replaced, DuplicateKeys.exactKey(cleaned.text()),
          JavaConverters.asScalaBuffer(audit).toList(),
          in.getAs("source_file"), in.<Long>getAs("source_record"), in.getAs("source_format"), reportId, null, null);
    } catch (RuntimeException | StackOverflowError e) {
      // Only the stage and the exception type: messages of third-party code may quote the text.
      String cause = stage.equals("check text size")
          ? "the text has " + text.length() + " characters, more than --max-text-chars " + settings.maxTextChars()
          : "it failed with " + e.getClass().getName();
      String reason = "DEID_FAILED: " + stage + ": " + cause + "; the report stays in bronze only and is retried by the next run of radlake deidentify";
      return RowFactory.create(
          reportKey, version, patientKey, null, null, null, in.getAs("site_id"), null, null, null, null,
          null, null, null, null, null, null, null, null, null,
          in.getAs("source_file"), in.<Long>getAs("source_record"), in.getAs("source_format"), reportId, text,
          reason);
    }
  }

  /** Only allow-listed attributes survive: a hospital export's extra columns may hold PHI. */
  private scala.collection.Map<String, String> keptAttributes(Row in) {
    int index = in.fieldIndex("attributes");
    if (in.isNullAt(index)) {
      return null;
    }
    Map<String, String> all = in.getJavaMap(index);
    Map<String, String> kept = new TreeMap<>();
    for (String key : settings.keepAttributes()) {
      String value = all.get(key);
      if (value != null) {
        kept.put(key, value);
      }
    }
    return JavaConverters.mapAsScalaMap(kept);
  }
}
