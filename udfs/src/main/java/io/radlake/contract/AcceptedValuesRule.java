package io.radlake.contract;

import java.util.List;
import java.util.stream.Collectors;

/** ODCS {@code metric: invalidValues} with {@code arguments.validValues}, on a string column. */
public record AcceptedValuesRule(
    String name, String column, List<String> acceptedValues, Threshold threshold)
    implements RowRule {

  public AcceptedValuesRule {
    acceptedValues = List.copyOf(acceptedValues);
    if (acceptedValues.isEmpty()) {
      throw new IllegalArgumentException("rule '" + name + "' needs at least one accepted value");
    }
  }

  @Override
  public String expectation() {
    return column + " in " + String.join(", ", acceptedValues);
  }

  @Override
  public String passSql() {
    String column = SqlText.identifier(this.column);
    String values =
        acceptedValues.stream().map(SqlText::stringLiteral).collect(Collectors.joining(", "));
    return column + " IS NULL OR " + column + " IN (" + values + ")";
  }
}
