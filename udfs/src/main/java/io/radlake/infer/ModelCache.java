package io.radlake.infer;

import ai.djl.engine.Engine;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The per-executor-JVM model cache: a model is loaded once per (folder, content version, device) and shared by all
 * tasks of the JVM, each with its own predictor. This and {@link #LOADS} are the project's one static mutable state
 * (DEVELOPERS.md); entries live as long as the JVM, as the executor's models do.
 */
public final class ModelCache {

    private record Key(String dir, String version, String device) {}

    private static final ConcurrentHashMap<Key, LoadedModel> MODELS = new ConcurrentHashMap<>();
    private static final AtomicInteger LOADS = new AtomicInteger();

    private ModelCache() {}

    /** The model of {@code folder} on {@code device}, loading it on first use in this JVM. */
    public static LoadedModel acquire(ModelFolder folder, String device) {
        return MODELS.computeIfAbsent(new Key(folder.dir().toString(), folder.version(), device), k -> {
            LOADS.incrementAndGet();
            return LoadedModel.load(folder, device);
        });
    }

    /** How many models this JVM has loaded (for tests and the run's metrics). */
    public static int loads() {
        return LOADS.get();
    }

    /** GPUs the PyTorch engine sees in this JVM (0 with the CPU native library). Starts the engine. */
    public static int visibleGpus() {
        return Engine.getEngine("PyTorch").getGpuCount();
    }
}
