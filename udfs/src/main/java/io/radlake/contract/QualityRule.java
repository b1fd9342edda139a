package io.radlake.contract;

import java.util.List;

/**
 * A check the enforcer runs on every batch. Rules come from ODCS {@code required} ({@link
 * NotNullRule} named {@code <column>_not_null}), {@code unique} ({@link UniqueRule} named {@code
 * <column>_unique}), {@code primaryKey} ({@link UniqueRule} named {@code primary_key}) and from
 * library-metric {@code quality[]} entries, which carry their own names.
 */
public sealed interface QualityRule permits RowRule, UniqueRule {

  /** Names the rule in violation messages and, for CHECK constraints, in the Delta table. */
  String name();

  List<String> columns();

  Threshold threshold();

  /** What a good batch looks like, for messages: e.g. "patient_age between 0 and 130". */
  String expectation();
}
