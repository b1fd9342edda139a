package io.radlake.contract;

/** The batch's columns differ from the contract's: {@code detail} lists the columns concerned. */
public record SchemaViolation(String rule, String detail) implements ContractViolation {
  /** Every contract column must be in the batch. */
  public static final String COLUMNS_PRESENT = "columns_present";
  /** The batch has no column the contract does not declare. */
  public static final String NO_UNEXPECTED_COLUMNS = "no_unexpected_columns";
  /** Each column has the contract's type (nullability aside: the not-null rules count nulls). */
  public static final String COLUMN_TYPES = "column_types";

  @Override
  public String describe() {
    return "rule '" + rule + "' failed: " + detail;
  }
}
