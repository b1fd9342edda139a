package io.radlake.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonStringsTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(JsonStrings.quote("say \"no\" \\ ok")).isEqualTo("\"say \\\"no\\\" \\\\ ok\"");
        assertThat(JsonStrings.quote("a\nb\r\nc\td\be\ff")).isEqualTo("\"a\\nb\\r\\nc\\td\\be\\ff\"");
        assertThat(JsonStrings.quote("\u0000\u0001\u001f")).isEqualTo("\"\\u0000\\u0001\\u001f\"");
        assertThat(JsonStrings.quote(null)).isEqualTo("null");
        assertThat(JsonStrings.quote("")).isEqualTo("\"\"");
    }

    @Test
    void keepsUnicodeRawExceptLineSeparatorsAndLoneSurrogates() {
        assertThat(JsonStrings.quote("caf\u00e9 \u2014 \ud83d\ude00 / \u007f")).isEqualTo("\"caf\u00e9 \u2014 \ud83d\ude00 / \u007f\"");
        assertThat(JsonStrings.quote("a\u2028b\u2029c")).isEqualTo("\"a\\u2028b\\u2029c\"");
        assertThat(JsonStrings.quote("x\ud83dy\ude00")).isEqualTo("\"x\\ud83dy\\ude00\"");
        assertThat(JsonStrings.quote("end\ud83d")).isEqualTo("\"end\\ud83d\"");
    }

    @Test
    void aJsonParserReadsBackTheSameText() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String text = "quote \" backslash \\ slash / nl \n cr \r tab \t nul \u0000 bell \u0007 "
                + "\u00e9\u4e2d\ud83d\ude00 \u2028\u2029 end";
        assertThat(json.readValue(JsonStrings.quote(text), String.class)).isEqualTo(text);
    }
}
