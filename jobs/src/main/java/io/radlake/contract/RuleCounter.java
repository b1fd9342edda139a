package io.radlake.contract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Counts the failing rows of every rule in one aggregation over the batch: a count_if per row rule,
 * and per uniqueness rule the rows with a complete key minus the distinct keys. Spark evaluates all
 * distinct counts in the same query (one Expand and one shuffle), so the batch is read once.
 */
final class RuleCounter {
  private RuleCounter() {}

  record RuleCounts(long rowCount, Map<String, Long> failingRowsByRule) {
    long failingRows(String rule) {
      return failingRowsByRule.get(rule);
    }
  }

  static RuleCounts count(Dataset<Row> batch, List<RowRule> rowRules, List<UniqueRule> uniqueRules) {
    List<Column> aggregates = new ArrayList<>();
    aggregates.add(functions.count(functions.lit(1)));
    for (RowRule rule : rowRules) {
      aggregates.add(functions.expr("count_if(NOT coalesce((" + rule.passSql() + "), false))"));
    }
    for (UniqueRule rule : uniqueRules) {
      // SQL UNIQUE semantics: a key with a null in it is not compared, count(DISTINCT ...) skips it too.
      String completeKey = rule.columns().stream()
          .map(c -> "`" + c + "` IS NOT NULL")
          .collect(Collectors.joining(" AND "));
      aggregates.add(functions.expr("count_if(" + completeKey + ")"));
      Column[] keys = rule.columns().stream().map(functions::col).toArray(Column[]::new);
      aggregates.add(functions.count_distinct(keys[0], java.util.Arrays.copyOfRange(keys, 1, keys.length)));
    }
    Row totals = batch
        .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
        .first();

    Map<String, Long> failing = new HashMap<>();
    int i = 1;
    for (RowRule rule : rowRules) {
      failing.put(rule.name(), totals.getLong(i++));
    }
    for (UniqueRule rule : uniqueRules) {
      long completeKeys = totals.getLong(i++);
      long distinctKeys = totals.getLong(i++);
      failing.put(rule.name(), completeKeys - distinctKeys);
    }
    return new RuleCounts(totals.getLong(0), failing);
  }
}
