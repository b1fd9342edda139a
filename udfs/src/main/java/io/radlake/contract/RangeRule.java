package io.radlake.contract;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Inclusive numeric bounds, either of which may be open. ODCS {@code metric: invalidValues} with
 * {@code arguments.minimum} and/or {@code arguments.maximum}: the library metric for "values that
 * don't match valid criteria", with radlake's range arguments.
 */
public record RangeRule(
    String name,
    String column,
    Optional<BigDecimal> minimum,
    Optional<BigDecimal> maximum,
    Threshold threshold)
    implements RowRule {

  public RangeRule {
    if (minimum.isEmpty() && maximum.isEmpty()) {
      throw new IllegalArgumentException("rule '" + name + "' needs a minimum or a maximum");
    }
    if (minimum.isPresent() && maximum.isPresent() && minimum.get().compareTo(maximum.get()) > 0) {
      throw new IllegalArgumentException(
          "rule '" + name + "' has minimum " + minimum.get() + " above maximum " + maximum.get());
    }
  }

  @Override
  public String expectation() {
    if (minimum.isPresent() && maximum.isPresent()) {
      return column + " between " + minimum.get().toPlainString() + " and "
          + maximum.get().toPlainString();
    }
    return minimum
        .map(min -> column + " >= " + min.toPlainString())
        .orElseGet(() -> column + " <= " + maximum.orElseThrow().toPlainString());
  }

  @Override
  public String passSql() {
    String column = SqlText.identifier(this.column);
    String bound;
    if (minimum.isPresent() && maximum.isPresent()) {
      bound = column + " BETWEEN " + minimum.get().toPlainString() + " AND "
          + maximum.get().toPlainString();
    } else if (minimum.isPresent()) {
      bound = column + " >= " + minimum.get().toPlainString();
    } else {
      bound = column + " <= " + maximum.orElseThrow().toPlainString();
    }
    return column + " IS NULL OR " + bound;
  }
}
