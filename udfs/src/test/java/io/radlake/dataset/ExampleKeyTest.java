package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExampleKeyTest {

    @Test
    void isDerivedFromTheReportKeyAndMapsBack() {
        ExampleKey key = ExampleKey.ofReport("r_3fa9c0");
        assertThat(key.value()).isEqualTo("ex_3fa9c0");
        assertThat(key.reportKey()).isEqualTo("r_3fa9c0");
        assertThat(key).isEqualTo(new ExampleKey("ex_3fa9c0"));
        assertThat(key.toString()).isEqualTo("ex_3fa9c0");
    }

    @Test
    void ordersByValue() {
        assertThat(ExampleKey.ofReport("r_0a")).isLessThan(ExampleKey.ofReport("r_0b"));
    }

    @Test
    void rejectsKeysThatAreNotSilverReportKeysWithoutShowingThem() {
        assertThatThrownBy(() -> ExampleKey.ofReport("ACC-12345"))
                .hasMessage("report_key must be 'r_' followed by lower-case hex digits (silver.reports_deid)");
        assertThatThrownBy(() -> ExampleKey.ofReport("r_ABC")).hasMessageNotContaining("ABC");
        assertThatThrownBy(() -> ExampleKey.ofReport(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExampleKey("ex_")).hasMessage(
                "an example key must be 'ex_' followed by lower-case hex digits");
    }
}
