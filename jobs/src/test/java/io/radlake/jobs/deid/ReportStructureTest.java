package io.radlake.jobs.deid;

import static org.assertj.core.api.Assertions.assertThat;

import io.radlake.testing.SparkTestBase;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ReportStructureTest extends SparkTestBase {
  @Test
  void sectionsAreSplitIntoSentencesAndCountedAndAbsentSectionsStayNull() {
    StructType schema = new StructType()
        .add("id", DataTypes.IntegerType)
        .add("findings", DataTypes.StringType)
        .add("impression", DataTypes.StringType);
    Dataset<Row> rows = spark.createDataFrame(List.of(
        RowFactory.create(1, "No pneumothorax. A 4 mm nodule is seen in the right upper lobe.", "Stable nodule."),
        RowFactory.create(2, null, "Normal chest.")), schema);

    List<Row> out = ReportStructure.annotate(rows).orderBy("id").collectAsList();

    Row first = out.get(0);
    assertThat(first.<String>getList(first.fieldIndex("findings_sentences")))
        .containsExactly("No pneumothorax.", "A 4 mm nodule is seen in the right upper lobe.");
    // Whitespace words: 2 + 11.
    assertThat(first.getInt(first.fieldIndex("findings_words"))).isEqualTo(13);
    assertThat(first.<String>getList(first.fieldIndex("impression_sentences"))).containsExactly("Stable nodule.");
    Row second = out.get(1);
    assertThat(second.isNullAt(second.fieldIndex("findings_sentences"))).isTrue();
    assertThat(second.isNullAt(second.fieldIndex("findings_words"))).isTrue();
    assertThat(second.getInt(second.fieldIndex("impression_words"))).isEqualTo(2);
    assertThat(ReportStructure.annotate(rows).columns())
        .containsExactly("id", "findings", "impression", "findings_sentences", "findings_words",
            "impression_sentences", "impression_words");
  }
}
