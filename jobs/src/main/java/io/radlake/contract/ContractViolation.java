package io.radlake.contract;

import java.io.Serializable;

/**
 * One failed rule of a contract check. Descriptions name rules, columns and counts, never values
 * from the batch, so they are safe to log and to put in exception messages.
 */
public sealed interface ContractViolation extends Serializable permits SchemaViolation, RuleViolation {

  /** The failed rule's name: a quality rule's name or one of the schema rules. */
  String rule();

  /** e.g. "rule 'patient_age_range' (patient_age between 0 and 130) failed for 2 of 1000 rows". */
  String describe();
}
