package io.radlake.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every contract in data-contracts/ is valid ODCS v3.1.0, by the standard's own JSON Schema. */
class OdcsSchemaValidationTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static JsonSchema odcs;

  @BeforeAll
  static void loadOdcsSchema() throws IOException {
    Path schemaFile = RepoLayout.odcsSchema();
    if (!Files.isRegularFile(schemaFile)) {
      // A missing schema must fail the build: skipping would let invalid contracts through CI.
      fail("ODCS v3.1.0 JSON Schema not found at " + schemaFile
          + "; shared/ must be cloned beside the repo root (" + RepoLayout.repoRoot() + ")");
    }
    try (InputStream in = Files.newInputStream(schemaFile)) {
      odcs = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
    }
  }

  static Stream<Path> contractFiles() {
    return RepoLayout.contractFiles().stream();
  }

  @Test
  void repoHasTheThreeContracts() {
    assertThat(RepoLayout.contractFiles())
        .extracting(p -> p.getFileName().toString())
        .contains("bronze.reports_raw.odcs.yaml", "bronze.quarantine.odcs.yaml", "ops.run_metrics.odcs.yaml");
  }

  @ParameterizedTest
  @MethodSource("contractFiles")
  void contractIsValidOdcs(Path contract) throws IOException {
    Set<ValidationMessage> errors = odcs.validate(YAML.readTree(contract.toFile()));
    assertThat(errors).as("ODCS validation errors in %s", contract.getFileName()).isEmpty();
  }

  @Test
  void realContractWithAnInventedFieldFails() throws IOException {
    Path reportsRaw = RepoLayout.repoRoot().resolve("data-contracts/bronze.reports_raw.odcs.yaml");
    String yaml = Files.readString(reportsRaw)
        .replace("        description: Patient age in whole years at the time of the study.",
            "        description: Patient age in whole years at the time of the study.\n        nullable: true");
    assertThat(yaml).contains("nullable: true");

    assertThat(messages(YAML.readTree(yaml))).anyMatch(m -> m.contains("nullable"));
  }

  @Test
  void minimalValidContractPasses() throws IOException {
    assertThat(odcs.validate(YAML.readTree(MINIMAL))).isEmpty();
  }

  @Test
  void contractWithoutRequiredTopLevelFieldsFails() throws IOException {
    JsonNode broken = YAML.readTree(MINIMAL.replace("status: active\n", "").replace("kind: DataContract", "kind: Contract"));
    assertThat(messages(broken)).anyMatch(m -> m.contains("status")).anyMatch(m -> m.contains("kind"));
  }

  @Test
  void propertyWithUnknownFieldFails() throws IOException {
    // 'nullable' is not ODCS (the standard says required); unevaluatedProperties must catch it.
    JsonNode broken = YAML.readTree(MINIMAL.replace("required: true", "nullable: false"));
    assertThat(messages(broken)).anyMatch(m -> m.contains("nullable"));
  }

  @Test
  void wrongValueTypesFail() throws IOException {
    JsonNode broken = YAML.readTree(MINIMAL
        .replace("required: true", "required: yes please")
        .replace("logicalType: string", "logicalType: text"));
    assertThat(messages(broken)).anyMatch(m -> m.contains("required")).anyMatch(m -> m.contains("logicalType"));
  }

  @Test
  void qualityRuleWithTwoOperatorsFails() throws IOException {
    JsonNode broken = YAML.readTree(MINIMAL.replace("mustBe: 0", "mustBe: 0\n            mustBeLessThan: 3"));
    assertThat(messages(broken)).isNotEmpty();
  }

  @Test
  void qualityRuleWithUnknownFieldFails() throws IOException {
    JsonNode broken = YAML.readTree(MINIMAL.replace("mustBe: 0", "mustBe: 0\n            threshold: 0"));
    assertThat(messages(broken)).anyMatch(m -> m.contains("threshold"));
  }

  private static List<String> messages(JsonNode contract) {
    return odcs.validate(contract).stream().map(ValidationMessage::getMessage).toList();
  }

  private static final String MINIMAL = """
      apiVersion: v3.1.0
      kind: DataContract
      id: test-contract
      version: 1.0.0
      status: active
      schema:
        - name: t
          physicalName: test.t
          properties:
            - name: code
              logicalType: string
              physicalType: string
              required: true
              classification: internal
              description: A code.
              quality:
                - name: code_accepted
                  metric: invalidValues
                  arguments:
                    validValues: [a, b]
                  mustBe: 0
      """;
}
