package io.radlake.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;

class DeviceSelectorTest {

    private static Map<String, ResourceInformation> gpus(String... addresses) {
        return Map.of("gpu", new ResourceInformation("gpu", addresses));
    }

    @Test
    void theTaskRunsOnTheGpuSparkAssignedToIt() {
        assertThat(DeviceSelector.choose(DeviceRequest.AUTO, gpus("3"), 4)).isEqualTo("gpu:3");
        assertThat(DeviceSelector.choose(DeviceRequest.AUTO, gpus("1"), 4)).isEqualTo("gpu:1");
        assertThat(DeviceSelector.choose(DeviceRequest.GPU, gpus("2", "3"), 4)).isEqualTo("gpu:2");
    }

    @Test
    void withoutAnAssignedGpuOrWithCpuLibtorchAutoFallsBackToTheCpu() {
        assertThat(DeviceSelector.choose(DeviceRequest.AUTO, Map.of(), 2)).isEqualTo("cpu");
        assertThat(DeviceSelector.choose(DeviceRequest.AUTO, null, 0)).isEqualTo("cpu");
        assertThat(DeviceSelector.choose(DeviceRequest.AUTO, gpus("0"), 0)).isEqualTo("cpu");
        assertThat(DeviceSelector.choose(DeviceRequest.CPU, gpus("1"), 2)).isEqualTo("cpu");
    }

    @Test
    void aContainerThatShowsOnlyItsOwnGpuMapsTheAddressToOrdinalZero() {
        assertThat(DeviceSelector.choose(DeviceRequest.AUTO, gpus("5"), 1)).isEqualTo("gpu:0");
        assertThatThrownBy(() -> DeviceSelector.choose(DeviceRequest.AUTO, gpus("5"), 2))
                .hasMessageContaining("Spark assigned GPU 5 but libtorch sees only 2 GPUs");
    }

    @Test
    void askingForAGpuWithoutOneIsAClearError() {
        assertThatThrownBy(() -> DeviceSelector.choose(DeviceRequest.GPU, Map.of(), 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("--device gpu, but Spark assigned this task no GPU");
        assertThatThrownBy(() -> DeviceSelector.choose(DeviceRequest.GPU, gpus("0"), 0))
                .hasMessageStartingWith("--device gpu, but libtorch sees no GPU");
        assertThatThrownBy(() -> DeviceSelector.choose(DeviceRequest.AUTO, gpus("gpu-a"), 2))
                .hasMessageStartingWith("GPU address must be a device index such as 0 or 1, got: gpu-a");
    }
}
