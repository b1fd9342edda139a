package io.radlake.jobs.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.dataset.ExampleFilter;
import io.radlake.dataset.InstructionTemplates;
import io.radlake.dataset.PromptOptions;
import io.radlake.dataset.export.WhitespaceTokenCounter;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The per-row mapping of build-dataset, on hand-made silver rows (no SparkSession). */
class ExampleRowsTest {
  private static final StructType SILVER = new StructType()
      .add("report_key", DataTypes.StringType).add("patient_key", DataTypes.StringType)
      .add("modality", DataTypes.StringType).add("body_part", DataTypes.StringType)
      .add("indication", DataTypes.StringType).add("comparison", DataTypes.StringType)
      .add("findings", DataTypes.StringType).add("impression", DataTypes.StringType)
      .add("dedup_status", DataTypes.StringType);
  private static final String FINDINGS = "There is a small right pleural effusion. The lungs are otherwise clear."
      + " Heart size is normal.";
  private static final String IMPRESSION = "Small right pleural effusion.";

  private static Row silver(String modality, String findings, String impression, String dedupStatus) {
    return new GenericRowWithSchema(new Object[] {"r_0a1b", "p_99", modality, "chest", "Cough.", null, findings,
        impression, dedupStatus}, SILVER);
  }

  /** Output rows carry no schema (the encoder supplies it): read them by the schema's index. */
  private static Object field(Row out, String name) {
    return out.get(ExampleRows.SCHEMA.fieldIndex(name));
  }

  private static ExampleRows rows(boolean context, ExampleFilter filter) {
    return new ExampleRows(filter, InstructionTemplates.standard(PromptOptions.defaults(3).withContext(context)),
        new WhitespaceTokenCounter());
  }

  @Test
  void aGoodReportBecomesAnExampleWithItsTokenCounts() {
    Row out = rows(false, ExampleFilter.defaults()).call(silver(" CT ", FINDINGS, " " + IMPRESSION + " ", "UNIQUE"));
    assertThat(field(out, "reason")).isNull();
    assertThat(field(out, "example_key")).isEqualTo("ex_0a1b");
    assertThat(field(out, "source_report_key")).isEqualTo("r_0a1b");
    assertThat(field(out, "modality")).isEqualTo("CT");
    assertThat(field(out, "input")).isEqualTo(FINDINGS);
    assertThat(field(out, "output")).isEqualTo(IMPRESSION);
    assertThat(field(out, "input_tokens")).isEqualTo(16);
    assertThat(field(out, "output_tokens")).isEqualTo(4);
    assertThat((String) field(out, "template_id")).startsWith("t");
    assertThat(field(out, "system_prompt")).isEqualTo(PromptOptions.DEFAULT_SYSTEM_PROMPT);
  }

  @Test
  void withContextTheIndicationLineIsPartOfTheInputAndOfItsCount() {
    Row out = rows(true, ExampleFilter.defaults()).call(silver("CT", FINDINGS, IMPRESSION, "UNIQUE"));
    assertThat(field(out, "input")).isEqualTo("INDICATION: Cough.\nFINDINGS: " + FINDINGS);
    assertThat(field(out, "input_tokens")).isEqualTo(19);
  }

  @Test
  void rejectsCarryTheFirstReasonAndNoText() {
    Row duplicate = rows(false, ExampleFilter.defaults()).call(silver(null, FINDINGS, IMPRESSION, "NEAR_DUPLICATE"));
    assertThat(field(duplicate, "reason")).isEqualTo("DUPLICATE");
    assertThat(field(duplicate, "modality")).isEqualTo("unknown");
    assertThat(field(duplicate, "input")).isNull();
    assertThat(field(duplicate, "output")).isNull();

    Row noImpression = rows(false, ExampleFilter.defaults()).call(silver("CT", FINDINGS, "  ", "NEAR_DUPLICATE"));
    assertThat(field(noImpression, "reason")).isEqualTo("NO_IMPRESSION");

    ExampleFilter shortOutputs = ExampleFilter.defaults().withTokenLimits(8, 1024, 1, 3);
    Row tooLong = rows(false, shortOutputs).call(silver("CT", FINDINGS, IMPRESSION, "UNIQUE"));
    assertThat(field(tooLong, "reason")).isEqualTo("TOO_LONG");
    assertThat(field(tooLong, "output_tokens")).isNull();
  }
}
