package io.radlake.contract;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How many failing rows a rule tolerates: an ODCS operator ({@code mustBe}, {@code mustBeLessThan},
 * {@code mustBeLessOrEqualTo}) applied to the count of failing rows.
 */
public record Threshold(Operator operator, long limit) {

  /** No failing row allowed: what {@code required}, {@code unique} and {@code mustBe: 0} mean. */
  public static final Threshold NONE_ALLOWED = new Threshold(Operator.MUST_BE, 0);

  public enum Operator {
    MUST_BE("mustBe"),
    MUST_BE_LESS_THAN("mustBeLessThan"),
    MUST_BE_LESS_OR_EQUAL_TO("mustBeLessOrEqualTo");

    private final String odcsName;

    Operator(String odcsName) {
      this.odcsName = odcsName;
    }

    public String odcsName() {
      return odcsName;
    }

    public static Optional<Operator> fromOdcsName(String name) {
      return Arrays.stream(values()).filter(o -> o.odcsName.equals(name)).findFirst();
    }

    public static String allowedNames() {
      return Arrays.stream(values()).map(Operator::odcsName).collect(Collectors.joining(", "));
    }
  }

  public Threshold {
    if (limit < 0) {
      throw new IllegalArgumentException("threshold limit must be >= 0, was " + limit);
    }
    // "exactly N bad rows" is never a sensible contract; only mustBe: 0 is.
    if (operator == Operator.MUST_BE && limit != 0) {
      throw new IllegalArgumentException(
          "mustBe must be 0; use mustBeLessThan or mustBeLessOrEqualTo to tolerate failing rows");
    }
  }

  public boolean allows(long failingRows) {
    return switch (operator) {
      case MUST_BE -> failingRows == limit;
      case MUST_BE_LESS_THAN -> failingRows < limit;
      case MUST_BE_LESS_OR_EQUAL_TO -> failingRows <= limit;
    };
  }

  /** True when no failing row is tolerated, the only case a Delta CHECK constraint can express. */
  public boolean isZeroTolerance() {
    return !allows(1);
  }

  /** "" for zero tolerance, else e.g. "fewer than 5 failing rows allowed". */
  public String describeTolerance() {
    return switch (operator) {
      case MUST_BE -> "";
      case MUST_BE_LESS_THAN -> "fewer than " + limit + " failing rows allowed";
      case MUST_BE_LESS_OR_EQUAL_TO -> "at most " + limit + " failing rows allowed";
    };
  }
}
