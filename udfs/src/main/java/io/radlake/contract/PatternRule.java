package io.radlake.contract;

/**
 * ODCS {@code metric: invalidValues} with {@code arguments.pattern}, on a string column. Like Spark's
 * RLIKE the pattern may match anywhere in the value: anchor it with ^ and $ to match the whole.
 */
public record PatternRule(String name, String column, String pattern, Threshold threshold)
    implements RowRule {

  @Override
  public String expectation() {
    return column + " matches " + pattern;
  }

  @Override
  public String passSql() {
    String column = SqlText.identifier(this.column);
    return column + " IS NULL OR " + column + " RLIKE " + SqlText.stringLiteral(pattern);
  }
}
