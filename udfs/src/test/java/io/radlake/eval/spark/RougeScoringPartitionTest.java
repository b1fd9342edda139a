package io.radlake.eval.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.eval.rouge.RougeScorer;
import io.radlake.eval.rouge.RougeType;
import io.radlake.eval.summary.ScoredExample;
import io.radlake.eval.summary.StudyClass;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The executor function without Spark: rows in, numbers out, and back to scored examples on the driver. */
class RougeScoringPartitionTest {
    private static final StructType INPUT = new StructType()
            .add("model_id", DataTypes.StringType)
            .add("example_key", DataTypes.StringType)
            .add("reference", DataTypes.StringType)
            .add("generated_text", DataTypes.StringType)
            .add("patient_sex", DataTypes.StringType);

    private static Row input(String model, String key, String reference, String prediction, String sex) {
        return new GenericRowWithSchema(new Object[] {model, key, reference, prediction, sex}, INPUT);
    }

    @Test
    void scoresEveryTypeAsTheScorerAndCarriesAttributesAndStudyClass() throws Exception {
        RougeScoringPartition partition = new RougeScoringPartition(true, List.of("patient_sex"));
        String reference = "Small right pleural effusion.\nNo pneumothorax.";
        String prediction = "Small pleural effusions on the right.";
        Iterator<Row> out = partition.call(List.of(input("m", "ex_01", reference, prediction, "F"),
                input("m", "ex_02", "No acute cardiopulmonary abnormality.", "", null)).iterator());
        List<ScoredExample> scored = new ArrayList<>();
        StructType schema = partition.outputSchema();
        while (out.hasNext()) {
            Row row = out.next();
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.get(i);
            }
            // Spark attaches the schema when it decodes the rows on the driver; here by hand.
            scored.add(partition.toScoredExample(new GenericRowWithSchema(values, schema)));
        }
        RougeScorer scorer = RougeScorer.builder().metrics(RougeType.values()).useStemmer(true).build();
        assertThat(scored.get(0).scores()).isEqualTo(scorer.score(reference, prediction));
        assertThat(scored.get(0).attributes()).containsEntry("patient_sex", "F")
                .containsEntry(StudyClass.ATTRIBUTE, StudyClass.ABNORMAL);
        assertThat(scored.get(0).referenceTokens()).isEqualTo(6);
        assertThat(scored.get(0).generatedTokens()).isEqualTo(6);
        assertThat(scored.get(1).attributes()).containsEntry("patient_sex", null)
                .containsEntry(StudyClass.ATTRIBUTE, StudyClass.NORMAL);
        assertThat(scored.get(1).generatedTokens()).isZero();
        assertThat(scored.get(1).scores().get(RougeType.ROUGE_LSUM).fmeasure()).isZero();
        assertThat(schema.fieldNames()).startsWith("model_id", "example_key", "rouge1_precision", "rouge1_recall",
                "rouge1_fmeasure", "rouge2_precision").endsWith("patient_sex", "study_class");
    }

    @Test
    void studyClassIsDerivedNotPassedThrough() {
        assertThatThrownBy(() -> new RougeScoringPartition(false, List.of(StudyClass.ATTRIBUTE)))
                .hasMessageContaining("study_class is derived from the reference");
    }
}
