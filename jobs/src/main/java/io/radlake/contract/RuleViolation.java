package io.radlake.contract;

/**
 * A quality rule that more rows failed than its threshold allows.
 *
 * @param expectation what good rows look like, e.g. "patient_age between 0 and 130"
 * @param tolerance "" when no failing row is allowed, else e.g. "at most 5 failing rows allowed"
 */
public record RuleViolation(
    String rule, String expectation, String tolerance, long failingRows, long rowCount)
    implements ContractViolation {

  @Override
  public String describe() {
    String stated = tolerance.isEmpty() ? expectation : expectation + "; " + tolerance;
    return "rule '" + rule + "' (" + stated + ") failed for " + failingRows + " of " + rowCount + " rows";
  }
}
