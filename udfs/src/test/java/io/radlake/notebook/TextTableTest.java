package io.radlake.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void alignsColumnsAndRightAlignsNumbers() {
        TextTable table = new TextTable(List.of("modality", "reports"), List.of(false, true), 20);
        assertThat(table.format(List.of(List.of("CT", "1203"), Arrays.asList("MG", null))))
                .isEqualTo("""
                        modality  reports
                        --------  -------
                        CT           1203
                        MG           NULL
                        """);
    }

    @Test
    void keepsEachRowOnOneLineAndCutsLongValues() {
        TextTable table = new TextTable(List.of("t"), List.of(false), 8);
        assertThat(table.format(List.of(List.of("a\nb\tc"), List.of("0123456789")))).isEqualTo("""
                t
                --------
                a\\nb\\tc
                01234...
                """);
    }

    @Test
    void refusesRowsOfTheWrongWidth() {
        TextTable table = new TextTable(List.of("a", "b"), List.of(false, false), 10);
        assertThatThrownBy(() -> table.format(List.of(List.of("x")))).hasMessage(
                "row has 1 values, table has 2 columns");
    }

    @Test
    void csvQuotesOnlyWhenNeeded() {
        assertThat(CsvLine.of(Arrays.asList("plain", "a,b", "say \"hi\"", null, "l1\nl2")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",,\"l1\nl2\"");
    }
}
