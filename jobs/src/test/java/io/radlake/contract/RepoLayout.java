package io.radlake.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the repo's contracts and the shared ODCS schema are, seen from a test's working directory. */
final class RepoLayout {
  static final String CONTRACTS_FOLDER = "data-contracts";

  private RepoLayout() {}

  /** The nearest folder at or above the working directory that holds data-contracts/. */
  static Path repoRoot() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(CONTRACTS_FOLDER))) {
        return dir;
      }
    }
    throw new AssertionError("no " + CONTRACTS_FOLDER + "/ folder at or above " + start);
  }

  /** CI clones shared/ beside the repo root. */
  static Path odcsSchema() {
    return repoRoot().resolve("../shared/odcs/odcs-json-schema-v3.1.0.json").normalize();
  }

  static List<Path> contractFiles() {
    try (Stream<Path> files = Files.list(repoRoot().resolve(CONTRACTS_FOLDER))) {
      return files
          .filter(f -> f.getFileName().toString().endsWith(".yaml") || f.getFileName().toString().endsWith(".yml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
