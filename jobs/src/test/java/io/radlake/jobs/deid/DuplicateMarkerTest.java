package io.radlake.jobs.deid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.radlake.testing.SparkTestBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class DuplicateMarkerTest extends SparkTestBase {
  private static final StructType ROWS =
      new StructType()
          .add("row_id", DataTypes.StringType)
          .add("report_key", DataTypes.StringType)
          .add("text_hash", DataTypes.StringType)
          .add("report_text", DataTypes.StringType);

  private static final String BASE =
      "Findings: The lungs are clear without focal consolidation, effusion or pneumothorax. The cardiomediastinal"
          + " silhouette is within normal limits. No acute osseous abnormality is seen in the visualized skeleton."
          + " Impression: No acute cardiopulmonary process on this examination of [DATE 2019-03-02] today.";

  @Test
  void marksExactAndNearDuplicatesAndPointsAtTheKeptRow() {
    // Only the last word differs: 3-word shingle Jaccard 0.95.
    String near = BASE.replace("today.", "again.");
    String other = "Findings: Large right pleural effusion with compressive atelectasis. Impression: Effusion.";
    Dataset<Row> batch = rows(
        row("r_b#1", BASE), row("r_a#1", BASE), row("r_c#1", near), row("r_d#1", other), row("r_e#1", near));
    Map<String, String> marks = marks(new DuplicateMarker(spark).mark(batch, rows()));

    // r_a sorts first among the exact copies; r_c and r_e are near copies of it; r_e also exact of r_c.
    assertThat(marks).containsEntry("r_a#1", "UNIQUE")
        .containsEntry("r_b#1", "EXACT_DUPLICATE->r_a")
        .containsEntry("r_c#1", "NEAR_DUPLICATE->r_a")
        .containsEntry("r_e#1", "EXACT_DUPLICATE->r_a")
        .containsEntry("r_d#1", "UNIQUE");
  }

  @Test
  void rowsAlreadyKeptWinOverNewRowsWhateverTheirKeys() {
    Dataset<Row> kept = rows(row("r_z#1", BASE));
    Dataset<Row> batch = rows(row("r_a#1", BASE), row("r_b#2", BASE.replace("today.", "again.")));
    Map<String, String> marks = marks(new DuplicateMarker(spark).mark(batch, kept));
    assertThat(marks).containsOnly(
        Map.entry("r_a#1", "EXACT_DUPLICATE->r_z"), Map.entry("r_b#2", "NEAR_DUPLICATE->r_z"));
  }

  @Test
  void thresholdDecidesNearDuplicates() {
    // Four words changed: Jaccard 0.48.
    String changed = BASE.replace("clear", "hyperinflated").replace("normal", "upper").replace("acute", "new");
    Dataset<Row> batch = rows(row("r_a#1", BASE), row("r_b#1", changed));
    assertThat(marks(new DuplicateMarker(spark).mark(batch, rows()))).containsEntry("r_b#1", "UNIQUE");
    assertThat(marks(new DuplicateMarker(spark).jaccardThreshold(0.4).mark(batch, rows())))
        .containsEntry("r_b#1", "NEAR_DUPLICATE->r_a");
  }

  @Test
  void shortTextsWithoutShinglesAreOnlyComparedExactly() {
    Dataset<Row> batch = rows(row("r_a#1", "Normal."), row("r_b#1", "Normal."), row("r_c#1", "Abnormal."));
    assertThat(marks(new DuplicateMarker(spark).mark(batch, rows())))
        .containsOnly(Map.entry("r_a#1", "UNIQUE"), Map.entry("r_b#1", "EXACT_DUPLICATE->r_a"),
            Map.entry("r_c#1", "UNIQUE"));
  }

  @Test
  void rejectsThresholdOutsideUnitInterval() {
    assertThatThrownBy(() -> new DuplicateMarker(spark).jaccardThreshold(1.5))
        .hasMessage("--near-duplicate-threshold must be in (0, 1], got: 1.5");
  }

  private static Object[] row(String rowId, String text) {
    // The hash stands in for the normalised-text hash: equal texts, equal hashes.
    return new Object[] {rowId, DuplicateMarker.reportKeyOf(rowId), Integer.toHexString(text.hashCode()), text};
  }

  private static Dataset<Row> rows(Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] r : rows) {
      list.add(RowFactory.create(r));
    }
    return spark.createDataFrame(list, ROWS);
  }

  private static Map<String, String> marks(Dataset<Row> marked) {
    Map<String, String> out = new TreeMap<>();
    for (Row r : marked.select("row_id", "dedup_status", "duplicate_of").collectAsList()) {
      out.put(r.getString(0), r.getString(1) + (r.isNullAt(2) ? "" : "->" + r.getString(2)));
    }
    return out;
  }
}
