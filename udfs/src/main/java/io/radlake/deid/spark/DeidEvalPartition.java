package io.radlake.deid.spark;

import io.radlake.corpus.PhiSpan;
import io.radlake.deid.eval.DeidEvaluation;
import io.radlake.deid.eval.DeidEvaluator;
import io.radlake.phi.PhiCategory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Executor side of radlake deid-eval: scores each report of the partition and returns one summed
 * {@link DeidEvaluation}, so only counts leave the executor, never text. Runs the detector of the
 * de-identification job ({@link DeidJobSettings#detector()}), built once per partition. Needs no secret, no GPU.
 *
 * <p>Input columns: {@value #TEXT} (the bronze text the spans index into), {@value #SPANS} (array of struct
 * category, start, end) and {@value #PUBLISHED} (the silver text of the same report version, null when absent).
 */
public final class DeidEvalPartition implements MapPartitionsFunction<Row, DeidEvaluation> {
  public static final String TEXT = "report_text";
  public static final String SPANS = "spans";
  public static final String PUBLISHED = "published_text";

  @Override
  public Iterator<DeidEvaluation> call(Iterator<Row> rows) {
    if (!rows.hasNext()) {
      return List.of(DeidEvaluation.empty()).iterator(); // building the detector takes a moment
    }
    DeidEvaluator evaluator = new DeidEvaluator(DeidJobSettings.detector());
    DeidEvaluation sum = DeidEvaluation.empty();
    while (rows.hasNext()) {
      Row row = rows.next();
      sum = sum.merge(evaluator.evaluate(row.getAs(TEXT), spans(row.getList(row.fieldIndex(SPANS))),
          row.getAs(PUBLISHED)));
    }
    return List.of(sum).iterator();
  }

  private static List<PhiSpan> spans(List<Row> structs) {
    List<PhiSpan> spans = new ArrayList<>(structs.size());
    for (Row s : structs) {
      spans.add(new PhiSpan(PhiCategory.valueOf(s.getAs("category")), s.<Integer>getAs("start"), s.<Integer>getAs("end")));
    }
    return spans;
  }
}
