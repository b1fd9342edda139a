package io.radlake.jobs.infer;

import io.radlake.infer.ModelFolder;
import io.radlake.infer.ModelSpec;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkFiles;

/**
 * Where {@code radlake infer --model} points, and how each JVM gets a local copy of it:
 * <ul>
 *   <li>a local folder (absolute, or relative to the working directory): used in place; on a cluster it must exist
 *       at that path on every node (a shared mount or the node image);</li>
 *   <li>a name shipped with {@code --archives model.tgz#model} or {@code --files}: a relative path that is not a
 *       local folder is looked up in Spark's files root ({@code SparkFiles.getRootDirectory()});</li>
 *   <li>a Hadoop URI ({@code hdfs://}, {@code s3a://}, {@code abfss://}, ...): copied once per JVM into
 *       {@code <java.io.tmpdir>/radlake-models/<version>/} (executor-local disk), then used from there.</li>
 * </ul>
 * The driver checks the location and computes the model's content version ({@link #resolveOnDriver}); each JVM
 * then refuses a copy with another version instead of mixing models in one run.
 */
final class ModelLocation implements Serializable {

    private static final List<String> FILES = List.of(ModelFolder.MODEL_FILE, ModelFolder.TOKENIZER_FILE, ModelSpec.FILE);
    private static final ConcurrentHashMap<String, ModelFolder> LOCAL = new ConcurrentHashMap<>();

    private final String location;
    private final String name;
    private final String version;

    private ModelLocation(String location, String name, String version) {
        this.location = location;
        this.name = name;
        this.version = version;
    }

    /**
     * Checks the model on the driver (before any task starts) and fixes its version.
     *
     * @throws IllegalArgumentException naming the location and what is missing or broken
     */
    static ModelLocation resolveOnDriver(String location, Configuration hadoop) {
        ModelFolder folder = localFolder(location, hadoop, null);
        return new ModelLocation(location, folder.spec().name(), folder.version());
    }

    /** The model's name from its radlake-model.json: gold.predictions.model_id. */
    String name() {
        return name;
    }

    String version() {
        return version;
    }

    /** The checked model folder on this JVM (copied here first for a Hadoop URI); once per JVM. */
    ModelFolder folderHere(Configuration hadoop) {
        return LOCAL.computeIfAbsent(location + "\u0000" + version, k -> localFolder(location, hadoop, version));
    }

    private static ModelFolder localFolder(String location, Configuration hadoop, String expectedVersion) {
        Path dir = isHadoopUri(location) ? copyToLocal(location, hadoop) : localPath(location);
        ModelFolder folder = ModelFolder.open(dir);
        if (expectedVersion != null && !folder.version().equals(expectedVersion)) {
            throw new IllegalStateException("the model at " + location + " (" + dir + ") has version "
                    + folder.version() + " here but " + expectedVersion + " on the driver: every node must see the"
                    + " same model files");
        }
        return folder;
    }

    private static boolean isHadoopUri(String location) {
        URI uri = URI.create(location.replace(" ", "%20"));
        return uri.getScheme() != null && uri.getScheme().length() > 1 && !uri.getScheme().equals("file");
    }

    private static Path localPath(String location) {
        Path path = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
        if (Files.isDirectory(path) || path.isAbsolute()) {
            return path;
        }
        // --archives / --files land in Spark's files root on executors (and on the driver in cluster mode).
        Path shipped = Path.of(SparkFiles.getRootDirectory()).resolve(location);
        return Files.isDirectory(shipped) ? shipped : path;
    }

    private static Path copyToLocal(String location, Configuration hadoop) {
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(location);
        try {
            FileSystem fs = remote.getFileSystem(hadoop);
            Path root = Path.of(System.getProperty("java.io.tmpdir"), "radlake-models");
            Files.createDirectories(root);
            Path staging = Files.createTempDirectory(root, "copy-");
            for (String name : FILES) {
                org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(remote, name);
                if (!fs.exists(file)) {
                    throw new IllegalArgumentException("model folder " + location + " has no " + name
                            + " (a radlake model folder holds " + String.join(", ", FILES) + ")");
                }
                fs.copyToLocalFile(false, file, new org.apache.hadoop.fs.Path(staging.resolve(name).toUri()), true);
            }
            Path target = root.resolve(ModelFolder.open(staging).version());
            if (Files.isDirectory(target)) {
                deleteQuietly(staging); // another task of this JVM, or an earlier JVM on this node, was first
            } else {
                try {
                    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                    deleteQuietly(staging);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the model " + location + " to local disk: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(dir);
    }
}
