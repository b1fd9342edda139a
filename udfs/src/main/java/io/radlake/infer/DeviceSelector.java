package io.radlake.infer;

import java.util.Map;
import org.apache.spark.resource.ResourceInformation;

/**
 * Chooses a task's device from the resources Spark's scheduler assigned to it ({@code TaskContext.resourcesJMap()},
 * filled when {@code spark.task.resource.gpu.amount} is set): the task's own GPU address, so concurrent tasks on a
 * multi-GPU executor do not all land on GPU 0.
 *
 * <p>An address is the GPU's index as the discovery script printed it. When the container shows only one GPU
 * (YARN and Kubernetes isolate a task's GPU, which then is ordinal 0 whatever its host index), an address beyond
 * the visible count maps to 0; with more visible GPUs such an address is an error rather than a guess.
 */
public final class DeviceSelector {

    public static final String GPU_RESOURCE = "gpu";

    private DeviceSelector() {}

    /**
     * @param taskResources the task's resources (empty in local mode or without GPU scheduling)
     * @param visibleGpus   GPUs the loaded libtorch can see (0 with the CPU build)
     * @return {@code cpu} or {@code gpu:<ordinal>}
     */
    public static String choose(DeviceRequest request, Map<String, ResourceInformation> taskResources,
            int visibleGpus) {
        ResourceInformation gpu = taskResources == null ? null : taskResources.get(GPU_RESOURCE);
        String[] addresses = gpu == null ? new String[0] : gpu.addresses();
        switch (request) {
            case CPU:
                return "cpu";
            case AUTO:
                if (addresses.length == 0 || visibleGpus == 0) {
                    return "cpu"; // local mode, no GPU scheduling, or the CPU libtorch: CPU fallback
                }
                return "gpu:" + ordinal(addresses[0], visibleGpus);
            case GPU:
                if (addresses.length == 0) {
                    throw new IllegalStateException("--device gpu, but Spark assigned this task no GPU: set"
                            + " spark.executor.resource.gpu.amount, spark.task.resource.gpu.amount=1 and a discovery"
                            + " script (cluster-config/spark-defaults.conf), or use --device auto");
                }
                if (visibleGpus == 0) {
                    throw new IllegalStateException("--device gpu, but libtorch sees no GPU: ship the CUDA native"
                            + " jar instead of pytorch-native-cpu (cluster-config/submit.sh --torch cuda)");
                }
                return "gpu:" + ordinal(addresses[0], visibleGpus);
            default:
                throw new IllegalArgumentException("unknown device request: " + request);
        }
    }

    private static int ordinal(String address, int visibleGpus) {
        int ordinal;
        try {
            ordinal = Integer.parseInt(address.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("GPU address must be a device index such as 0 or 1, got: " + address
                    + " (check the GPU discovery script)", e);
        }
        if (ordinal < 0) {
            throw new IllegalStateException("GPU address must be >= 0, got: " + address);
        }
        if (ordinal >= visibleGpus) {
            if (visibleGpus == 1) {
                return 0;
            }
            throw new IllegalStateException("Spark assigned GPU " + ordinal + " but libtorch sees only " + visibleGpus
                    + " GPUs (0.." + (visibleGpus - 1) + "): the discovery script and CUDA_VISIBLE_DEVICES disagree");
        }
        return ordinal;
    }
}
