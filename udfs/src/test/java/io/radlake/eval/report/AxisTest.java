package io.radlake.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void coversTheRangeWithNiceTicksInsideTheBounds() {
        Axis axis = Axis.covering(0.412, 0.583, 0, 1, 100, 600, 5);
        assertThat(axis.step()).isEqualTo(0.05);
        assertThat(axis.low()).isEqualTo(0.4);
        assertThat(axis.high()).isEqualTo(0.6);
        assertThat(axis.ticks()).hasSize(5).first().isEqualTo(0.4);
        assertThat(axis.label(0.45)).isEqualTo("0.45");
        assertThat(axis.at(0.4)).isEqualTo(100);
        assertThat(axis.at(0.6)).isEqualTo(600);

        Axis clamped = Axis.covering(0.93, 1.0, 0, 1, 0, 100, 5);
        assertThat(clamped.high()).isEqualTo(1.0);
        assertThat(clamped.label(1.0)).isEqualTo("1.00");
    }

    @Test
    void aSinglePointGetsARange() {
        Axis axis = Axis.covering(1.0, 1.0, 0, 1, 0, 100, 5);
        assertThat(axis.low()).isLessThan(1.0);
        assertThat(axis.high()).isEqualTo(1.0);
        assertThat(Axis.covering(0.2, 0.2, 0, 1, 0, 100, 4).ticks()).isNotEmpty();
    }

    @Test
    void labelsUseTheStepsDecimals() {
        assertThat(new Axis(0, 1, 0, 1, 0.2).label(0.4)).isEqualTo("0.4");
        assertThat(new Axis(0, 1, 0, 1, 0.25).label(0.75)).isEqualTo("0.75");
        assertThat(new Axis(0, 100, 0, 1, 20).label(40)).isEqualTo("40");
    }
}
