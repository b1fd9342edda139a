package io.radlake.contract;

import java.util.List;

/**
 * A Delta CHECK constraint derived from a contract rule; it has the rule's name and the rule's pass
 * predicate, so Delta and the enforcer agree on what a good row is.
 */
public record CheckConstraint(String name, String expression) {

  /**
   * Zero-tolerance accepted-values and range rules. Rules on restricted columns are left out: Delta's
   * violation message prints the offending row's values of the constrained columns, which would put
   * PHI in logs.
   */
  public static List<CheckConstraint> derivedFrom(DataContract contract) {
    return contract.rowRules().stream()
        .filter(rule -> rule instanceof AcceptedValuesRule || rule instanceof RangeRule)
        .filter(rule -> rule.threshold().isZeroTolerance())
        .filter(rule -> contract.column(rule.column()).map(c -> !c.isRestricted()).orElse(false))
        .map(rule -> new CheckConstraint(rule.name(), rule.passSql()))
        .toList();
  }

  /** The table property under which Delta stores this constraint. */
  public String propertyKey() {
    return "delta.constraints." + name;
  }
}
