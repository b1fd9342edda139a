package io.radlake.deid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgeBandTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
        "null,null", "-1,null", "0,0-17", "17,0-17", "18,18-39", "39,18-39", "40,40-64", "64,40-64", "65,65-89",
        "89,65-89", "90,90+", "105,90+"})
    void bands(Integer age, String band) {
        assertThat(AgeBand.of(age)).isEqualTo(band);
    }
}
