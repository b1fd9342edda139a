package io.radlake.contract;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of checking one batch against a contract.
 *
 * @param rowCount rows in the batch
 * @param rulesNotEvaluated rules skipped because a column they read is missing or mistyped (the
 *     schema violation that caused it is in {@code violations})
 */
public record ContractCheckResult(
    String table,
    String contractSource,
    long rowCount,
    List<ContractViolation> violations,
    List<String> rulesNotEvaluated)
    implements Serializable {

  public ContractCheckResult {
    violations = List.copyOf(violations);
    rulesNotEvaluated = List.copyOf(rulesNotEvaluated);
  }

  public boolean passed() {
    return violations.isEmpty();
  }

  public Optional<ContractViolation> violation(String rule) {
    return violations.stream().filter(v -> v.rule().equals(rule)).findFirst();
  }

  /** Why the batch must not be committed, and what to do about it. */
  public String refusalMessage() {
    StringBuilder message = new StringBuilder("Refusing to commit to ").append(table).append(": ");
    message.append(violations.stream().map(ContractViolation::describe).collect(Collectors.joining("; ")));
    message.append('.');
    if (!rulesNotEvaluated.isEmpty()) {
      message.append(" Not evaluated because their columns are missing or mistyped: ")
          .append(String.join(", ", rulesNotEvaluated)).append('.');
    }
    message.append(" Fix the step that produced this batch, or send the failing rows to bronze.quarantine,")
        .append(" then rerun; the rules are in ").append(contractSource).append('.');
    return message.toString();
  }
}
