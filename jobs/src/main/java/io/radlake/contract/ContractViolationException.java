package io.radlake.contract;

/** A batch broke its table's contract and must not be committed. The message holds no data values. */
public class ContractViolationException extends RuntimeException {
  private final ContractCheckResult result;

  public ContractViolationException(ContractCheckResult result) {
    super(result.refusalMessage());
    this.result = result;
  }

  public ContractCheckResult result() {
    return result;
  }
}
