package io.radlake.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StableHashTest {

    @Test
    void matchesTheDocumentedConstruction() {
        // Computed independently with Python's hashlib and struct ('>i', '>q'): the hash is reproducible outside Java.
        assertThat(StableHash.of("split", 42, "p_00ff")).isEqualTo(-7123268971066497621L);
        assertThat(StableHash.of("template", 7, "ex_abc123")).isEqualTo(-3743850353929870732L);
        assertThat(StableHash.of("template", -1, "ex_abc123")).isEqualTo(435505258156121460L);
    }

    @Test
    void purposeSeedAndKeyAllMatter() {
        long base = StableHash.of("split", 1, "p_1");
        assertThat(StableHash.of("template", 1, "p_1")).isNotEqualTo(base);
        assertThat(StableHash.of("split", 2, "p_1")).isNotEqualTo(base);
        assertThat(StableHash.of("split", 1, "p_2")).isNotEqualTo(base);
        // Length prefixes: moving a character between purpose and key changes the hash.
        assertThat(StableHash.of("splitp", 1, "_1")).isNotEqualTo(StableHash.of("split", 1, "p_1"));
    }

    @Test
    void mapsToTheUnitIntervalAndToIndices() {
        assertThat(StableHash.unit(0L)).isEqualTo(0.0);
        assertThat(StableHash.unit(-1L)).isLessThan(1.0).isGreaterThan(0.999_999);
        assertThat(StableHash.index(-1L, 10)).isEqualTo((int) Long.remainderUnsigned(-1L, 10));
        assertThat(StableHash.index(-1L, 10)).isBetween(0, 9);
        assertThatThrownBy(() -> StableHash.index(5, 0)).hasMessage("bound must be >= 1, got: 0");
        assertThatThrownBy(() -> StableHash.of("x", 1, null)).hasMessage("purpose and key must not be null");
    }
}
