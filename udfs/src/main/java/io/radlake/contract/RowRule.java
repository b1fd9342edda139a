package io.radlake.contract;

import java.util.List;

/** A rule decided row by row, so all of them can be counted in one aggregation pass. */
public sealed interface RowRule extends QualityRule
    permits NotNullRule, AcceptedValuesRule, RangeRule, PatternRule {

  String column();

  @Override
  default List<String> columns() {
    return List.of(column());
  }

  /**
   * A Spark SQL predicate that is true, never null, for a row that satisfies the rule. Nulls pass
   * every rule but {@link NotNullRule}: missing values are that rule's business.
   */
  String passSql();
}
