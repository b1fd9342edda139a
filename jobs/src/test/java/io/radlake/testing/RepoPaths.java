package io.radlake.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's own files, seen from a test's working directory (a module folder under Maven). */
public final class RepoPaths {
  private RepoPaths() {}

  /** The nearest folder at or above the working directory holding the parent pom and data-contracts/. */
  public static Path root() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("data-contracts")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new AssertionError("no repo root (pom.xml + data-contracts/) at or above " + start);
  }
}
