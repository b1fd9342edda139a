package io.radlake.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Builds a {@link DataContract} from the YAML tree of an ODCS v3 contract. */
final class ContractParser {
  static final String TABLE_PROPERTIES = "deltaTableProperties";
  private static final Pattern COLUMN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final ContractProblems problems;
  private final QualityRuleParser ruleParser;

  ContractParser(String source) {
    this.problems = new ContractProblems(source);
    this.ruleParser = new QualityRuleParser(problems);
  }

  DataContract parse(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw problems.fail("is empty or not a YAML mapping");
    }
    String apiVersion = problems.requiredText(root, "apiVersion", "the contract");
    if (!apiVersion.startsWith("v3.")) {
      throw problems.fail("has apiVersion '%s'; allowed: v3.x (ODCS 3)", apiVersion);
    }
    String kind = problems.requiredText(root, "kind", "the contract");
    if (!kind.equals("DataContract")) {
      throw problems.fail("has kind '%s'; allowed: DataContract", kind);
    }
    JsonNode schema = problems.array(root, "schema", "the contract");
    if (schema.size() != 1) {
      throw problems.fail("has %d schema objects; a radlake contract describes exactly one table", schema.size());
    }
    JsonNode table = schema.get(0);
    String tableName = problems.text(table, "physicalName", "schema[0]")
        .orElseGet(() -> problems.requiredText(table, "name", "schema[0]"));
    String where = "table '" + tableName + "'";

    List<ContractColumn> columns = new ArrayList<>();
    List<QualityRule> columnRules = new ArrayList<>();
    JsonNode properties = problems.array(table, "properties", where);
    if (properties.isEmpty()) {
      throw problems.fail("%s has no properties (columns)", where);
    }
    for (JsonNode property : properties) {
      ContractColumn column = column(property);
      if (columns.stream().anyMatch(c -> c.name().equals(column.name()))) {
        throw problems.fail("column '%s' is declared twice", column.name());
      }
      columns.add(column);
      columnRules.addAll(ruleParser.columnRules(problems.array(property, "quality", "column '" + column.name() + "'"), column));
    }
    Map<String, ContractColumn> byName = new LinkedHashMap<>();
    columns.forEach(c -> byName.put(c.name(), c));

    List<QualityRule> rules = new ArrayList<>(implicitRules(properties, columns));
    rules.addAll(columnRules);
    rules.addAll(ruleParser.tableRules(problems.array(table, "quality", where), byName));
    requireDistinctNames(rules);

    return new DataContract(
        problems.requiredText(root, "id", "the contract"),
        problems.requiredText(root, "version", "the contract"),
        problems.requiredText(root, "status", "the contract"),
        tableName,
        description(root, table),
        owner(root),
        columns,
        rules,
        tableProperties(root),
        problems.source());
  }

  private ContractColumn column(JsonNode property) {
    if (!property.isObject()) {
      throw problems.fail("has a property that is not a mapping");
    }
    String name = problems.requiredText(property, "name", "a property");
    String where = "column '" + name + "'";
    if (!COLUMN_NAME.matcher(name).matches()) {
      throw problems.fail("%s has a name that is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*)", where);
    }
    String physicalType = problems.requiredText(property, "physicalType", where);
    PhysicalType type = PhysicalType.fromSqlName(physicalType).orElseThrow(() -> problems.fail(
        "%s has unknown physicalType '%s'; allowed: %s", where, physicalType, PhysicalType.allowedNames()));
    problems.text(property, "logicalType", where).ifPresent(logical -> {
      if (!logical.equals(type.logicalType())) {
        throw problems.fail("%s has logicalType '%s' but physicalType '%s', which needs logicalType '%s'",
            where, logical, type.sqlName(), type.logicalType());
      }
    });
    JsonNode options = property.get("logicalTypeOptions");
    if (options != null) {
      // Only 'format' is descriptive; bounds and patterns belong in quality[] where the enforcer sees them.
      for (Iterator<String> it = options.fieldNames(); it.hasNext(); ) {
        String option = it.next();
        if (!option.equals("format")) {
          throw problems.fail("%s has logicalTypeOptions.%s, which the enforcer does not check; "
              + "write it as a quality[] invalidValues rule instead (allowed option: format)", where, option);
        }
      }
    }
    if (problems.flag(property, "partitioned", where)) {
      throw problems.fail("%s is partitioned; partitioned tables are not supported by ensureTable yet", where);
    }
    String classificationName = problems.requiredText(property, "classification", where);
    Classification classification = Classification.fromName(classificationName).orElseThrow(() -> problems.fail(
        "%s has classification '%s'; allowed: %s", where, classificationName, Classification.allowedNames()));
    return new ContractColumn(
        name,
        type,
        problems.flag(property, "required", where),
        classification,
        problems.requiredText(property, "description", where));
  }

  /** not-null rules from required, unique rules from unique and primaryKey. */
  private List<QualityRule> implicitRules(JsonNode properties, List<ContractColumn> columns) {
    List<QualityRule> rules = new ArrayList<>();
    List<JsonNode> keyProperties = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      ContractColumn column = columns.get(i);
      JsonNode property = properties.get(i);
      String where = "column '" + column.name() + "'";
      if (column.required()) {
        rules.add(new NotNullRule(column.name() + "_not_null", column.name(), Threshold.NONE_ALLOWED));
      }
      if (problems.flag(property, "unique", where)) {
        requireGroupable(column, "unique");
        rules.add(new UniqueRule(column.name() + "_unique", List.of(column.name()), Threshold.NONE_ALLOWED));
      }
      if (problems.flag(property, "primaryKey", where)) {
        requireGroupable(column, "primaryKey");
        if (!column.required()) {
          throw problems.fail("%s is part of the primary key but not required; set required: true", where);
        }
        keyProperties.add(property);
      }
    }
    if (keyProperties.isEmpty()) {
      return rules;
    }
    if (keyProperties.size() > 1) {
      Set<Integer> positions = new HashSet<>();
      for (JsonNode property : keyProperties) {
        JsonNode position = property.get("primaryKeyPosition");
        if (position == null || !position.isInt() || position.asInt() < 1 || !positions.add(position.asInt())) {
          throw problems.fail("column '%s' is one of %d primary key columns; give each a distinct primaryKeyPosition from 1",
              property.get("name").asText(), keyProperties.size());
        }
      }
      keyProperties.sort(Comparator.comparingInt(p -> p.get("primaryKeyPosition").asInt()));
    }
    List<String> keyColumns = keyProperties.stream().map(p -> p.get("name").asText()).toList();
    boolean alreadyUnique =
        keyColumns.size() == 1 && problems.flag(keyProperties.get(0), "unique", "column '" + keyColumns.get(0) + "'");
    if (!alreadyUnique) {
      rules.add(new UniqueRule("primary_key", keyColumns, Threshold.NONE_ALLOWED));
    }
    return rules;
  }

  private void requireGroupable(ContractColumn column, String flag) {
    if (!column.type().isGroupable()) {
      throw problems.fail("column '%s' is %s but of type %s, which Spark cannot compare",
          column.name(), flag, column.type().sqlName());
    }
  }

  private void requireDistinctNames(List<QualityRule> rules) {
    Set<String> seen = new HashSet<>();
    for (QualityRule rule : rules) {
      if (!seen.add(rule.name())) {
        throw problems.fail("has two rules named '%s'; rule names must be unique "
            + "(required, unique and primaryKey make rules named <column>_not_null, <column>_unique, primary_key)", rule.name());
      }
    }
  }

  private String description(JsonNode root, JsonNode table) {
    JsonNode description = root.get("description");
    if (description != null && description.isObject()) {
      var purpose = problems.text(description, "purpose", "description");
      if (purpose.isPresent()) {
        return purpose.get().strip();
      }
    }
    return problems.text(table, "description", "schema[0]").map(String::strip).orElse("");
  }

  private String owner(JsonNode root) {
    JsonNode team = root.get("team");
    if (team == null || !team.isObject()) {
      throw problems.fail("has no team object; name the owning team (team.name) so violations reach someone");
    }
    return problems.requiredText(team, "name", "team");
  }

  private Map<String, String> tableProperties(JsonNode root) {
    Map<String, String> tableProperties = new LinkedHashMap<>();
    for (JsonNode custom : problems.array(root, "customProperties", "the contract")) {
      if (!TABLE_PROPERTIES.equals(custom.path("property").asText())) {
        continue;
      }
      JsonNode value = custom.get("value");
      if (value == null || !value.isObject()) {
        throw problems.fail("custom property %s must map Delta property names to values", TABLE_PROPERTIES);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> property = it.next();
        if (!property.getKey().startsWith("delta.") || !property.getValue().isValueNode()) {
          throw problems.fail("custom property %s has '%s'; allowed: delta.* keys with scalar values",
              TABLE_PROPERTIES, property.getKey());
        }
        tableProperties.put(property.getKey(), property.getValue().asText());
      }
    }
    return tableProperties;
  }
}
