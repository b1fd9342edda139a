package io.radlake.dataset.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCounterTest {

    private static final Path TOKENIZER = Path.of("src/test/resources/tokenizer/tokenizer.json");

    @TempDir
    Path tmp;

    @Test
    void whitespaceCountsRunsOfNonWhitespace() {
        WhitespaceTokenCounter counter = new WhitespaceTokenCounter();
        assertThat(counter.count("No acute fractures.")).isEqualTo(3);
        assertThat(counter.count("  leading\tand\ntrailing  ")).isEqualTo(3);
        // No-break space (U+00A0), narrow no-break space (U+202F) and ideographic space (U+3000) separate tokens.
        assertThat(counter.count("4\u00a0mm\u202fnodule\u3000seen")).isEqualTo(4);
        assertThat(counter.count("\ud83d\ude00 caf\u00e9")).isEqualTo(2);
        assertThat(counter.count("")).isZero();
        assertThat(counter.count(" \n ")).isZero();
        assertThat(counter.count(null)).isZero();
        assertThat(counter.description()).isEqualTo("whitespace");
    }

    @Test
    void huggingFaceCountsWordPiecesWithoutSpecialTokens() {
        HuggingFaceTokenCounter counter = HuggingFaceTokenCounter.load(TOKENIZER);
        // no | acute | fracture ##s | .   ([CLS]/[SEP] of the post-processor are not counted)
        assertThat(counter.count("No acute fractures.")).isEqualTo(5);
        // pneumo ##thorax | , | 4 | mm | nodule | .
        assertThat(counter.count("Pneumothorax, 4 mm nodule.")).isEqualTo(7);
        // Out-of-vocabulary words are one [UNK] each.
        assertThat(counter.count("xyzzy plugh right lung")).isEqualTo(4);
        assertThat(counter.count("")).isZero();
        assertThat(counter.count(null)).isZero();
    }

    @Test
    void huggingFaceNeverTruncatesLongText() {
        HuggingFaceTokenCounter counter = HuggingFaceTokenCounter.load(TOKENIZER);
        String text = "no acute fractures. ".repeat(300); // 1500 tokens, past any default max length
        assertThat(counter.count(text)).isEqualTo(1500);
    }

    @Test
    void descriptionNamesTheFileNameAndHashNotItsFolder() throws IOException {
        HuggingFaceTokenCounter counter = HuggingFaceTokenCounter.load(TOKENIZER);
        String sha = Sha256.ofFile(TOKENIZER);
        assertThat(counter.sha256()).isEqualTo(sha);
        assertThat(counter.description()).isEqualTo("huggingface tokenizer.json sha256=" + sha);

        Path copy = Files.copy(TOKENIZER, tmp.resolve("tokenizer.json"));
        assertThat(HuggingFaceTokenCounter.load(copy).description()).isEqualTo(counter.description());
        Path renamed = Files.copy(TOKENIZER, tmp.resolve("wordpiece-16.json"));
        assertThat(HuggingFaceTokenCounter.load(renamed).description())
                .isEqualTo("huggingface wordpiece-16.json sha256=" + sha);
    }

    @Test
    void survivesJavaSerializationLikeASparkClosure() throws Exception {
        HuggingFaceTokenCounter counter = HuggingFaceTokenCounter.load(TOKENIZER);
        TokenCounter copy = roundTrip(counter);
        assertThat(copy).isEqualTo(counter).isNotSameAs(counter);
        assertThat(copy.count("No acute fractures.")).isEqualTo(5);
        assertThat(roundTrip(new WhitespaceTokenCounter()).count("a b")).isEqualTo(2);
    }

    @Test
    void missingFileIsOneErrorNamingThePath() {
        Path missing = tmp.resolve("nowhere/tokenizer.json");
        assertThatThrownBy(() -> HuggingFaceTokenCounter.load(missing))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tokenizer.json not found: " + missing.toAbsolutePath());
    }

    @Test
    void folderIsRejectedNamingThePath() {
        assertThatThrownBy(() -> HuggingFaceTokenCounter.load(tmp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("got a folder: " + tmp.toAbsolutePath());
    }

    @Test
    void invalidFileIsOneErrorNamingThePath() throws IOException {
        Path notJson = Files.writeString(tmp.resolve("broken.json"), "{\"model\": 42", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> HuggingFaceTokenCounter.load(notJson))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid HuggingFace tokenizer.json: " + notJson.toAbsolutePath());

        Path wrongShape = Files.writeString(tmp.resolve("shape.json"), "{\"hello\": \"world\"}");
        assertThatThrownBy(() -> HuggingFaceTokenCounter.load(wrongShape))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a valid HuggingFace tokenizer.json: " + wrongShape.toAbsolutePath());
    }

    @Test
    void anExecutorWithADifferentFileFailsInsteadOfCountingWithAnotherVocabulary() throws IOException {
        String driverSha = Sha256.ofFile(TOKENIZER);
        Path other = Files.writeString(tmp.resolve("tokenizer.json"),
                Files.readString(TOKENIZER).replace("\"lung\": 14", "\"lungs\": 14"));
        assertThatThrownBy(() -> TokenizerCache.get(other.toAbsolutePath(), driverSha))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tokenizer.json at " + other.toAbsolutePath())
                .hasMessageContaining("built from sha256 " + driverSha);
    }

    private static TokenCounter roundTrip(TokenCounter counter) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counter);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TokenCounter) in.readObject();
        }
    }
}
