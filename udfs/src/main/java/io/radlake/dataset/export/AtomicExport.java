package io.radlake.dataset.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Publishes a folder of export files so that readers see either the previous complete export or the new complete
 * one, never a partial one. Local file systems only (java.nio renames): a job that publishes to HDFS or S3 writes
 * the export to a local staging folder with this class and then copies it, because S3 has no rename and HDFS
 * renames are atomic only per path.
 *
 * <p>How: the caller's {@link StagedWriter} writes every file into a fresh hidden folder {@code .<name>.staging-*}
 * next to the target (same file system, so renames are atomic); the files and the folder are fsynced; then
 * <ol>
 *   <li>no target yet: the staging folder is renamed to the target;</li>
 *   <li>a target exists: it is renamed to {@code .<name>.previous}, the staging folder is renamed to the target, and
 *       the previous folder is deleted.</li>
 * </ol>
 * If the writer throws, the staging folder is deleted and the target is untouched. A crash between the two renames
 * of case 2 leaves the complete old export at {@code .<name>.previous} and no target: the next {@link #publish}
 * (or {@link #recover}) of that target moves it back first, so the old export is never lost. A crash before the
 * renames leaves only a stale staging folder, which the next publish deletes. One publisher per target at a time
 * (the job holds the only writer of a dataset name).
 */
public final class AtomicExport {

    /** Writes the complete set of export files into {@code stagingDir} (an empty folder). */
    @FunctionalInterface
    public interface StagedWriter {
        void writeInto(Path stagingDir) throws IOException;
    }

    private AtomicExport() {}

    /**
     * Writes a new export with {@code writer} and swaps it in at {@code target}. On any exception from the writer the
     * exception propagates and {@code target} is as it was.
     */
    public static void publish(Path target, StagedWriter writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("export target must be a folder below some parent folder, got: " + target);
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("export target must be a folder (or not exist yet), got a file: " + target);
        }
        Files.createDirectories(parent);
        recover(absolute);
        deleteStaleStaging(absolute);

        // Not createTempDirectory: its 0700 mode would end up on the published folder; this one gets the umask's.
        Path staging = Files.createDirectory(parent.resolve(stagingPrefix(absolute) + UUID.randomUUID()));
        try {
            writer.writeInto(staging);
            syncTree(staging);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(staging, e);
            throw e;
        }

        Path previous = previousDir(absolute);
        if (Files.exists(absolute)) {
            Files.move(absolute, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
        syncDir(parent);
        if (Files.exists(previous)) {
            deleteTree(previous);
        }
    }

    /**
     * Repairs what a crash during {@link #publish} left behind: a {@code .<name>.previous} folder with no target is
     * moved back to the target; one next to a target (the crash came after the new export was in place) is deleted.
     */
    public static void recover(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path previous = previousDir(absolute);
        if (!Files.exists(previous)) {
            return;
        }
        if (Files.exists(absolute)) {
            deleteTree(previous);
        } else {
            Files.move(previous, absolute, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    static Path previousDir(Path absoluteTarget) {
        return absoluteTarget.resolveSibling("." + absoluteTarget.getFileName() + ".previous");
    }

    static String stagingPrefix(Path absoluteTarget) {
        return "." + absoluteTarget.getFileName() + ".staging-";
    }

    private static void deleteStaleStaging(Path absoluteTarget) throws IOException {
        String prefix = stagingPrefix(absoluteTarget);
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(absoluteTarget.getParent())) {
            siblings.filter(p -> p.getFileName().toString().startsWith(prefix)).forEach(stale::add);
        }
        for (Path p : stale) {
            deleteTree(p);
        }
    }

    /** fsync every regular file, then every folder, so the renames never publish data still in the page cache. */
    private static void syncTree(Path root) throws IOException {
        List<Path> dirs = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
                        ch.force(true);
                    }
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                dirs.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path dir : dirs) {
            syncDir(dir);
        }
    }

    /** Folder fsync works on Linux and macOS; where a platform refuses to open a folder it is skipped. */
    private static void syncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Durability of the rename only; correctness does not depend on it.
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteQuietly(Path dir, Throwable cause) {
        try {
            deleteTree(dir);
        } catch (IOException | UncheckedIOException e) {
            cause.addSuppressed(e);
        }
    }
}
