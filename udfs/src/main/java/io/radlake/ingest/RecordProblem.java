package io.radlake.ingest;

/**
 * What is wrong with a record. The message names fields, offsets and what to do, never a value:
 * values may be PHI.
 */
public record RecordProblem(ReasonCode code, String message) implements java.io.Serializable {
  public RecordProblem {
    if (code == null || message == null || message.isBlank()) {
      throw new IllegalArgumentException("a record problem needs a reason code and a message");
    }
  }

  /** "CODE: message", the form stored in the quarantine table's reason column. */
  public String describe() {
    return code + ": " + message;
  }
}
