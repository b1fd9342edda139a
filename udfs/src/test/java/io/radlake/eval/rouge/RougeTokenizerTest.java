package io.radlake.eval.rouge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RougeTokenizerTest {
    private final RougeTokenizer plain = RougeTokenizer.plain();
    private final RougeTokenizer stemming = RougeTokenizer.stemming();

    @Test
    void lowercasesAndSplitsOnEverythingButAsciiLettersAndDigits() {
        assertThat(plain.tokenize("No acute, cardio-pulmonary process (3.5 cm)!"))
                .containsExactly("no", "acute", "cardio", "pulmonary", "process", "3", "5", "cm");
        assertThat(plain.tokenize("")).isEmpty();
        assertThat(plain.tokenize(" \n\t...--- ")).isEmpty();
    }

    @Test
    void nonAsciiLettersSeparateTokens() {
        assertThat(plain.tokenize("effusión café naïve")).containsExactly("effusi", "n", "caf", "na", "ve");
        assertThat(plain.tokenize("肺部 ok Отёк")).containsExactly("ok");
        assertThat(plain.tokenize("１２３ ＡＢＣ x")).containsExactly("x");
        assertThat(plain.tokenize("a🙂b")).containsExactly("a", "b");
    }

    @Test
    void followsPythonLowercaseForTheTwoCharactersThatLowerToAscii() {
        // Python: 'İ'.lower() == 'i\u0307' (the dot then splits); '\u212A'.lower() == 'k'.
        assertThat(plain.tokenize("İstanbul")).containsExactly("i", "stanbul");
        assertThat(plain.tokenize("300\u212A")).containsExactly("300k");
    }

    @Test
    void stemsOnlyTokensLongerThanThreeCharacters() {
        // "ties" (4) -> "tie"; "ies" and "eed" (3) stay; "sky" (3) stays although its stem would be itself anyway.
        assertThat(stemming.tokenize("ties ies eed sky opacities effusions"))
                .containsExactly("tie", "ies", "eed", "sky", "opac", "effus");
        assertThat(plain.tokenize("ties opacities")).containsExactly("ties", "opacities");
        assertThat(stemming.usesStemmer()).isTrue();
        assertThat(plain.usesStemmer()).isFalse();
    }

    @Test
    void recordsNonEmptyLinesForLsum() {
        TokenIds ids = new TokenIds(16);
        TokenizedText text = plain.tokenizeToIds("a b\n\n...\nb c\r\nd", ids);
        assertThat(text.ids()).containsExactly(0, 1, 1, 2, 3);
        assertThat(text.lineCount()).isEqualTo(3);
        assertThat(text.line(0)).containsExactly(0, 1);
        assertThat(text.line(1)).containsExactly(1, 2);
        assertThat(text.line(2)).containsExactly(3);
        assertThat(ids.size()).isEqualTo(4);
    }

    @Test
    void longTokensAndManyDistinctTokensGrowTheBuffers() {
        String longToken = "x".repeat(500);
        assertThat(plain.tokenize(longToken + " y")).containsExactly(longToken, "y");
        TokenIds ids = new TokenIds(16);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            text.append('w').append(i).append(' ');
        }
        TokenizedText tokens = plain.tokenizeToIds(text.toString(), ids);
        assertThat(ids.size()).isEqualTo(1000);
        assertThat(tokens.ids()[999]).isEqualTo(999);
        assertThat(ids.idOf("w17")).isEqualTo(17);
    }
}
