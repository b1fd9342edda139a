package io.radlake.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads ODCS v3 contract YAML into a {@link DataContract}. Contracts ship in the jobs jar as {@code
 * data-contracts/<table>.odcs.yaml}, from the repo's {@code data-contracts/} folder.
 */
public final class DataContractLoader {
  public static final String CLASSPATH_FOLDER = "data-contracts";
  public static final String FILE_SUFFIX = ".odcs.yaml";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private DataContractLoader() {}

  /** e.g. {@code data-contracts/bronze.reports_raw.odcs.yaml}. */
  public static String classpathLocation(String table) {
    return CLASSPATH_FOLDER + "/" + table + FILE_SUFFIX;
  }

  /** The contract of {@code table}, checked to be about that table. */
  public static DataContract forTable(String table) {
    String location = classpathLocation(table);
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    if (loader == null) {
      loader = DataContractLoader.class.getClassLoader();
    }
    try (InputStream in = loader.getResourceAsStream(location)) {
      if (in == null) {
        throw new InvalidContractException("no contract for table '" + table + "' on the classpath at "
            + location + "; contracts live in the repo's data-contracts/ folder as <table>" + FILE_SUFFIX);
      }
      DataContract contract = fromYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), location);
      if (!contract.table().equals(table)) {
        throw new InvalidContractException("contract " + location + ": describes table '" + contract.table()
            + "', not '" + table + "'; the file name must be the table's physicalName + " + FILE_SUFFIX);
      }
      return contract;
    } catch (IOException e) {
      throw new InvalidContractException("contract " + location + ": cannot be read", e);
    }
  }

  public static DataContract fromPath(Path file) {
    try {
      return fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new InvalidContractException("contract " + file + ": cannot be read", e);
    }
  }

  /** @param source where the text came from, used in every error message */
  public static DataContract fromYaml(String yaml, String source) {
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidContractException("contract " + source + ": is not valid YAML: " + e.getOriginalMessage(), e);
    }
    return new ContractParser(source).parse(root);
  }
}
