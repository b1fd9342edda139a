package io.radlake.infer;

import java.util.List;

/**
 * Something that writes impressions: a TorchScript model ({@link TorchGenerator}) or a built-in baseline
 * ({@code io.radlake.infer.baseline}). One instance per Spark task; not thread-safe.
 */
public interface ImpressionModel extends AutoCloseable {

    /** One generation per input, in order. */
    List<Generation> generate(List<InferenceInput> batch);

    /** The device the generations ran on: {@code cpu} or {@code gpu:<ordinal>}. */
    default String device() {
        return "cpu";
    }

    @Override
    default void close() {}
}
