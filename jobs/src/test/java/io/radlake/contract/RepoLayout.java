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

  static Path repoRoot() {
    return io.radlake.testing.RepoPaths.root();
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
