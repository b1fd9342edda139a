package io.radlake.jobs.eval;

import static org.apache.spark.sql.functions.col;

import io.radlake.eval.summary.StudyClass;
import io.radlake.spark.Lakehouse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;

/**
 * Where each slice attribute is read from: a column of {@code gold.instruct_pairs} (as the build wrote it), a column
 * of {@code silver.reports_deid}, or a key of silver's {@code attributes} map (the attributes deidentify kept, e.g.
 * race_ethnicity); {@value StudyClass#ATTRIBUTE} is derived from the reference on the executors instead.
 */
final class SliceSources {
  static final List<String> PAIRS_COLUMNS = List.of("modality", "body_part", "split", "template_id");
  static final List<String> SILVER_COLUMNS = List.of("patient_sex", "age_band", "site_id");
  static final String SILVER_ATTRIBUTES = "attributes";

  private SliceSources() {}

  /**
   * One string column per attribute (study_class excluded), over a frame holding the pairs columns, the silver
   * columns and silver's attributes map under their own names.
   *
   * @param silverAttributeKeys the keys silver's attributes map holds
   */
  static Map<String, Column> columns(List<String> attributes, Set<String> silverAttributeKeys) {
    Map<String, Column> columns = new LinkedHashMap<>();
    for (String attribute : attributes) {
      if (attribute.equals(StudyClass.ATTRIBUTE)) {
        continue;
      }
      Column column;
      if (PAIRS_COLUMNS.contains(attribute) || SILVER_COLUMNS.contains(attribute)) {
        column = col(attribute);
      } else if (silverAttributeKeys.contains(attribute)) {
        column = col(SILVER_ATTRIBUTES).getItem(attribute);
      } else {
        throw new IllegalArgumentException("--slices names '" + attribute + "', which neither "
            + Lakehouse.INSTRUCT_PAIRS + " nor " + Lakehouse.SILVER_REPORTS + " holds; allowed: "
            + String.join(", ", available(silverAttributeKeys)));
      }
      columns.put(attribute, column.cast("string").as(attribute));
    }
    return columns;
  }

  static List<String> available(Set<String> silverAttributeKeys) {
    List<String> names = new ArrayList<>(PAIRS_COLUMNS);
    names.addAll(SILVER_COLUMNS);
    names.add(StudyClass.ATTRIBUTE);
    names.addAll(new TreeSet<>(silverAttributeKeys));
    return names;
  }
}
