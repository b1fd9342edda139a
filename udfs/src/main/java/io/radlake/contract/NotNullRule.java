package io.radlake.contract;

/** ODCS {@code required: true} or {@code metric: nullValues}. */
public record NotNullRule(String name, String column, Threshold threshold) implements RowRule {

  @Override
  public String expectation() {
    return column + " is not null";
  }

  @Override
  public String passSql() {
    return SqlText.identifier(column) + " IS NOT NULL";
  }
}
