package io.radlake.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reads typed fields from a contract's YAML tree and turns every problem into an {@link
 * InvalidContractException} that starts with the contract's location.
 */
final class ContractProblems {
  private final String source;

  ContractProblems(String source) {
    this.source = source;
  }

  String source() {
    return source;
  }

  InvalidContractException fail(String format, Object... args) {
    return new InvalidContractException("contract " + source + ": " + String.format(format, args));
  }

  Optional<String> text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw fail("%s has a non-text %s; write it as a string", where, field);
    }
    return Optional.of(value.asText());
  }

  String requiredText(JsonNode node, String field, String where) {
    return text(node, field, where)
        .filter(s -> !s.isBlank())
        .orElseThrow(() -> fail("%s has no %s; it is required", where, field));
  }

  boolean flag(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw fail("%s has %s '%s'; allowed: true, false", where, field, value.asText());
    }
    return value.asBoolean();
  }

  /** The array at field, or an empty array node when absent. */
  JsonNode array(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    }
    if (!value.isArray()) {
      throw fail("%s has a %s that is not a list", where, field);
    }
    return value;
  }
}
