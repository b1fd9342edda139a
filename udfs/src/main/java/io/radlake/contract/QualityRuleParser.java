package io.radlake.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Turns ODCS {@code quality[]} entries into {@link QualityRule}s. Only library metrics the enforcer
 * can run are accepted, so a contract never promises a check that nobody performs; {@code type:
 * text} entries are documentation and are skipped.
 */
final class QualityRuleParser {
  static final Pattern RULE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
  private static final String METRICS = "nullValues, invalidValues, duplicateValues";
  private static final List<String> ALL_ODCS_OPERATORS =
      List.of(
          "mustBe",
          "mustNotBe",
          "mustBeGreaterThan",
          "mustBeGreaterOrEqualTo",
          "mustBeLessThan",
          "mustBeLessOrEqualTo",
          "mustBeBetween",
          "mustNotBeBetween");

  private final ContractProblems problems;

  QualityRuleParser(ContractProblems problems) {
    this.problems = problems;
  }

  /** Rules from a column's {@code quality[]}. */
  List<QualityRule> columnRules(JsonNode quality, ContractColumn column) {
    List<QualityRule> rules = new ArrayList<>();
    for (int i = 0; i < quality.size(); i++) {
      JsonNode entry = quality.get(i);
      String where = "column '" + column.name() + "' quality rule #" + (i + 1);
      if (isTextOnly(entry, where)) {
        continue;
      }
      String name = ruleName(entry, where);
      where = "column '" + column.name() + "' rule '" + name + "'";
      Threshold threshold = threshold(entry, where);
      String metric = metric(entry, where);
      switch (metric) {
        case "nullValues" -> rules.add(new NotNullRule(name, column.name(), threshold));
        case "invalidValues" -> rules.add(invalidValuesRule(entry, column, name, threshold, where));
        case "duplicateValues" -> {
          requireGroupable(column, where);
          rules.add(new UniqueRule(name, List.of(column.name()), threshold));
        }
        default -> throw problems.fail(
            "%s has metric '%s', which the enforcer cannot run; allowed: %s", where, metric, METRICS);
      }
    }
    return rules;
  }

  /** Rules from the table's {@code quality[]}: only composite {@code duplicateValues}. */
  List<QualityRule> tableRules(JsonNode quality, Map<String, ContractColumn> columns) {
    List<QualityRule> rules = new ArrayList<>();
    for (int i = 0; i < quality.size(); i++) {
      JsonNode entry = quality.get(i);
      String where = "table quality rule #" + (i + 1);
      if (isTextOnly(entry, where)) {
        continue;
      }
      String name = ruleName(entry, where);
      where = "table rule '" + name + "'";
      Threshold threshold = threshold(entry, where);
      String metric = metric(entry, where);
      if (!metric.equals("duplicateValues")) {
        throw problems.fail(
            "%s has metric '%s'; at table level only duplicateValues is allowed (put %s on a column)",
            where, metric, METRICS);
      }
      JsonNode properties = arguments(entry, where).get("properties");
      if (properties == null || !properties.isArray() || properties.isEmpty()) {
        throw problems.fail("%s needs arguments.properties: the list of columns that must be unique together", where);
      }
      List<String> keyColumns = new ArrayList<>();
      for (JsonNode property : properties) {
        ContractColumn column = columns.get(property.asText());
        if (column == null) {
          throw problems.fail("%s names column '%s', which the table does not have; allowed: %s",
              where, property.asText(), String.join(", ", columns.keySet()));
        }
        requireGroupable(column, where);
        keyColumns.add(column.name());
      }
      rules.add(new UniqueRule(name, keyColumns, threshold));
    }
    return rules;
  }

  private boolean isTextOnly(JsonNode entry, String where) {
    if (!entry.isObject()) {
      throw problems.fail("%s is not a mapping", where);
    }
    String type = problems.text(entry, "type", where).orElse("library");
    switch (type) {
      case "text":
        return true;
      case "library":
        return false;
      default:
        throw problems.fail(
            "%s has type '%s', which the enforcer cannot run; allowed: library (metrics %s), text (documentation only)",
            where, type, METRICS);
    }
  }

  private String ruleName(JsonNode entry, String where) {
    String name = problems.text(entry, "name", where).orElseThrow(() -> problems.fail(
        "%s has no name; give every rule a lower_snake_case name so violations can cite it", where));
    if (!RULE_NAME.matcher(name).matches()) {
      throw problems.fail("%s has name '%s'; rule names are lower_snake_case (also used as Delta constraint names)", where, name);
    }
    return name;
  }

  private String metric(JsonNode entry, String where) {
    // 'rule' is the pre-3.1 spelling of 'metric'.
    return problems.text(entry, "metric", where)
        .or(() -> problems.text(entry, "rule", where))
        .orElseThrow(() -> problems.fail("%s has no metric; allowed: %s", where, METRICS));
  }

  private Threshold threshold(JsonNode entry, String where) {
    String unit = problems.text(entry, "unit", where).orElse("rows");
    if (!unit.equals("rows")) {
      throw problems.fail("%s has unit '%s'; allowed: rows", where, unit);
    }
    List<String> given = ALL_ODCS_OPERATORS.stream().filter(entry::has).toList();
    if (given.size() != 1) {
      throw problems.fail("%s has %s; give exactly one of %s (a count of failing rows)",
          where, given.isEmpty() ? "no operator" : "operators " + given, Threshold.Operator.allowedNames());
    }
    String operatorName = given.get(0);
    Threshold.Operator operator = Threshold.Operator.fromOdcsName(operatorName).orElseThrow(() -> problems.fail(
        "%s uses %s, which cannot bound a count of failing rows; allowed: %s",
        where, operatorName, Threshold.Operator.allowedNames()));
    JsonNode limit = entry.get(operatorName);
    if (!limit.isIntegralNumber() || limit.asLong() < 0) {
      throw problems.fail("%s has %s: %s; allowed: a whole number of rows >= 0", where, operatorName, limit.asText());
    }
    try {
      return new Threshold(operator, limit.asLong());
    } catch (IllegalArgumentException e) {
      throw problems.fail("%s: %s", where, e.getMessage());
    }
  }

  private JsonNode arguments(JsonNode entry, String where) {
    JsonNode arguments = entry.get("arguments");
    if (arguments == null || !arguments.isObject()) {
      throw problems.fail("%s needs an arguments mapping", where);
    }
    return arguments;
  }

  private RowRule invalidValuesRule(
      JsonNode entry, ContractColumn column, String name, Threshold threshold, String where) {
    JsonNode arguments = arguments(entry, where);
    List<String> kinds = new ArrayList<>();
    for (Iterator<String> it = arguments.fieldNames(); it.hasNext(); ) {
      String argument = it.next();
      switch (argument) {
        case "validValues" -> kinds.add("validValues");
        case "pattern" -> kinds.add("pattern");
        case "minimum", "maximum" -> {
          if (!kinds.contains("minimum/maximum")) {
            kinds.add("minimum/maximum");
          }
        }
        default -> throw problems.fail(
            "%s has argument '%s'; allowed: validValues, pattern, minimum, maximum", where, argument);
      }
    }
    if (kinds.size() != 1) {
      throw problems.fail(
          "%s has %s; give exactly one of validValues, pattern, or minimum/maximum (split it into several rules)",
          where, kinds.isEmpty() ? "no arguments" : "arguments " + kinds);
    }
    return switch (kinds.get(0)) {
      case "validValues" -> acceptedValuesRule(arguments.get("validValues"), column, name, threshold, where);
      case "pattern" -> patternRule(arguments.get("pattern"), column, name, threshold, where);
      default -> rangeRule(arguments, column, name, threshold, where);
    };
  }

  private AcceptedValuesRule acceptedValuesRule(
      JsonNode validValues, ContractColumn column, String name, Threshold threshold, String where) {
    requireType(column, PhysicalType.STRING, "validValues", where);
    if (!validValues.isArray() || validValues.isEmpty()) {
      throw problems.fail("%s has validValues that is not a non-empty list", where);
    }
    List<String> values = new ArrayList<>();
    for (JsonNode value : validValues) {
      if (!value.isTextual()) {
        throw problems.fail("%s has validValues entry '%s' that is not a string; quote it", where, value.asText());
      }
      values.add(value.asText());
    }
    return new AcceptedValuesRule(name, column.name(), values, threshold);
  }

  private PatternRule patternRule(
      JsonNode pattern, ContractColumn column, String name, Threshold threshold, String where) {
    requireType(column, PhysicalType.STRING, "pattern", where);
    if (!pattern.isTextual() || pattern.asText().isEmpty()) {
      throw problems.fail("%s has a pattern that is not a non-empty string", where);
    }
    try {
      Pattern.compile(pattern.asText());
    } catch (PatternSyntaxException e) {
      throw problems.fail("%s has pattern '%s' that is not a valid Java regex: %s",
          where, pattern.asText(), e.getDescription());
    }
    return new PatternRule(name, column.name(), pattern.asText(), threshold);
  }

  private RangeRule rangeRule(
      JsonNode arguments, ContractColumn column, String name, Threshold threshold, String where) {
    if (!column.type().isNumeric()) {
      throw problems.fail("%s sets minimum/maximum on column '%s' of type %s; allowed on: int, bigint, double",
          where, column.name(), column.type().sqlName());
    }
    Optional<BigDecimal> minimum = bound(arguments, "minimum", where);
    Optional<BigDecimal> maximum = bound(arguments, "maximum", where);
    try {
      return new RangeRule(name, column.name(), minimum, maximum, threshold);
    } catch (IllegalArgumentException e) {
      throw problems.fail("%s: %s", where, e.getMessage());
    }
  }

  private Optional<BigDecimal> bound(JsonNode arguments, String field, String where) {
    JsonNode value = arguments.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      throw problems.fail("%s has %s '%s'; allowed: a number", where, field, value.asText());
    }
    return Optional.of(value.decimalValue());
  }

  private void requireType(ContractColumn column, PhysicalType type, String argument, String where) {
    if (column.type() != type) {
      throw problems.fail("%s uses %s on column '%s' of type %s; allowed on: %s",
          where, argument, column.name(), column.type().sqlName(), type.sqlName());
    }
  }

  private void requireGroupable(ContractColumn column, String where) {
    if (!column.type().isGroupable()) {
      throw problems.fail("%s checks uniqueness of column '%s' of type %s, which Spark cannot compare",
          where, column.name(), column.type().sqlName());
    }
  }
}
