package io.radlake.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsInCodeOnly() {
        String sql = """
                -- first; not a split
                SELECT 'a;b', "c;d", `e;f` FROM t; /* g; /* nested; */ h; */ SELECT 2;
                SELECT 'it\\'s; fine'
                """;
        assertThat(SqlScript.statements(sql)).containsExactly(
                "-- first; not a split\nSELECT 'a;b', \"c;d\", `e;f` FROM t",
                "/* g; /* nested; */ h; */ SELECT 2",
                "SELECT 'it\\'s; fine'");
    }

    @Test
    void dropsPiecesWithOnlyCommentsAndWhitespace() {
        assertThat(SqlScript.statements("SELECT 1;\n-- trailing note\n;  ;/* x */")).containsExactly("SELECT 1");
        assertThat(SqlScript.statements("")).isEmpty();
    }

    @Test
    void findsNamedParameterMarkersButNotCastsJsonPathsOrLiterals() {
        String sql = "SELECT a::int, raw:field, '10:30', `x:y` -- :comment\n"
                + "FROM t WHERE run_id = :run AND (:run = '' OR site = :site_1)";
        assertThat(SqlScript.parameterMarkers(sql)).containsExactly("run", "site_1");
    }

    @Test
    void stripsLeadingComments() {
        assertThat(SqlScript.withoutLeadingComments("-- a\n/* b */  SELECT 1 -- c")).isEqualTo("SELECT 1 -- c");
        assertThat(SqlScript.withoutLeadingComments("-- only")).isEmpty();
    }
}
