package io.radlake.jobs.dataset;

import io.radlake.dataset.ExampleFilter;
import io.radlake.dataset.InstructionExample;
import io.radlake.dataset.InstructionTemplates;
import io.radlake.dataset.PatientStratum;
import io.radlake.dataset.RejectReason;
import io.radlake.dataset.SourceReport;
import io.radlake.dataset.export.TokenCounter;
import java.util.Optional;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One silver row (latest version of a report) to one candidate row: the filter's reason, or the rendered example
 * with its token counts. Runs on the executors; a pure function of the row and the (serializable) settings, so the
 * result does not depend on partitioning.
 *
 * <p>Input columns: report_key, patient_key, modality, body_part, indication, comparison, findings, impression,
 * dedup_status. Output: {@link #SCHEMA}; reason is null for a kept row, and the example columns are null for a
 * rejected one.
 */
final class ExampleRows implements MapFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType SCHEMA =
      new StructType()
          .add("example_key", DataTypes.StringType, false)
          .add("source_report_key", DataTypes.StringType, false)
          .add("patient_key", DataTypes.StringType, false)
          .add("modality", DataTypes.StringType, false)
          .add("body_part", DataTypes.StringType, true)
          .add("reason", DataTypes.StringType, true)
          .add("template_id", DataTypes.StringType, true)
          .add("instruction", DataTypes.StringType, true)
          .add("input", DataTypes.StringType, true)
          .add("output", DataTypes.StringType, true)
          .add("system_prompt", DataTypes.StringType, true)
          .add("input_tokens", DataTypes.IntegerType, true)
          .add("output_tokens", DataTypes.IntegerType, true);

  private final ExampleFilter filter;
  private final InstructionTemplates templates;
  private final TokenCounter tokens;

  ExampleRows(ExampleFilter filter, InstructionTemplates templates, TokenCounter tokens) {
    this.filter = filter;
    this.templates = templates;
    this.tokens = tokens;
  }

  @Override
  public Row call(Row r) {
    String reportKey = r.getAs("report_key");
    SourceReport report = new SourceReport(reportKey, r.getAs("modality"), r.getAs("body_part"),
        r.getAs("indication"), r.getAs("comparison"), r.getAs("findings"), r.getAs("impression"));
    String exampleKey = report.exampleKey().value();
    String modality = PatientStratum.normalise(report.modality());
    Optional<RejectReason> reason = filter.checkText(report.findings(), report.impression(), r.getAs("dedup_status"));
    int inputTokens = 0;
    int outputTokens = 0;
    if (reason.isEmpty()) {
      // The same strings the example will hold: the rendered input and the stripped impression.
      inputTokens = tokens.count(templates.input(report));
      outputTokens = tokens.count(report.impression().strip());
      reason = filter.checkLength(inputTokens, outputTokens);
    }
    if (reason.isPresent()) {
      return RowFactory.create(exampleKey, reportKey, r.getAs("patient_key"), modality, report.bodyPart(),
          reason.get().name(), null, null, null, null, null, null, null);
    }
    InstructionExample e = templates.render(report);
    return RowFactory.create(exampleKey, reportKey, r.getAs("patient_key"), modality, report.bodyPart(), null,
        e.templateId(), e.instruction(), e.input(), e.output(), e.systemPrompt(), inputTokens, outputTokens);
  }
}
