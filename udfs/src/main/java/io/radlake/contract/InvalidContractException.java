package io.radlake.contract;

/** A contract file that cannot be read or breaks a rule radlake relies on; the message says which. */
public class InvalidContractException extends RuntimeException {
  public InvalidContractException(String message) {
    super(message);
  }

  public InvalidContractException(String message, Throwable cause) {
    super(message, cause);
  }
}
