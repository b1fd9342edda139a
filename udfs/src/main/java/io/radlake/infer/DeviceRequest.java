package io.radlake.infer;

/** Which device {@code radlake infer --device} asks for. */
public enum DeviceRequest {
    /** The GPU Spark assigned to the task; the CPU when there is none (local mode, CPU libtorch). */
    AUTO,
    /** Always the CPU. */
    CPU,
    /** The GPU Spark assigned to the task; a task without one fails. */
    GPU
}
