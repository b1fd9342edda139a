package io.radlake.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationConfigTest {

    @Test
    void jsonIsCanonical() {
        GenerationConfig c = GenerationConfig.greedy(32).withStopStrings(List.of("\n\n", "\"x\"")).withBatchSize(4);
        assertThat(c.toJson()).isEqualTo("{\"decoding\":\"greedy\",\"beam_size\":1,\"max_new_tokens\":32,"
                + "\"stop\":[\"\\n\\n\",\"\\\"x\\\"\"],\"batch_size\":4}");
        assertThat(c.withBeam(4).toJson()).startsWith("{\"decoding\":\"beam\",\"beam_size\":4,");
    }

    @Test
    void badSettingsSayWhatIsAllowed() {
        assertThatThrownBy(() -> GenerationConfig.greedy(0)).hasMessage("--max-new-tokens must be >= 1, got: 0");
        assertThatThrownBy(() -> GenerationConfig.greedy(8).withBatchSize(0))
                .hasMessage("--batch-size must be >= 1, got: 0");
        assertThatThrownBy(() -> GenerationConfig.greedy(8).withBeam(1))
                .hasMessage("--beam-size must be >= 2 with beam decoding, got: 1");
        assertThatThrownBy(() -> GenerationConfig.greedy(8).withStopStrings(List.of("")))
                .hasMessage("--stop strings must not be empty");
    }

    @Test
    void modelSpecErrorsNameTheFileAndKey(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(ModelSpec.FILE);
        Files.writeString(file, "{\"name\": \"m\", \"max_context\": 64, \"pad_token\": \"<pad>\"}");
        assertThatThrownBy(() -> ModelSpec.read(file)).hasMessage(file + ": missing \"eos_token\"");
        Files.writeString(file, "{\"name\": \"m\", \"architecture\": \"rnn\"}");
        assertThatThrownBy(() -> ModelSpec.read(file))
                .hasMessage(file + ": architecture must be one of causal-lm, encoder-decoder, got: rnn");
        Files.writeString(file, "{\"name\": \"m\", \"max_context\": 64, \"eos_token\": \"</s>\", \"pad_token\": \"<pad>\"}");
        ModelSpec spec = ModelSpec.read(file);
        assertThat(spec.promptTemplate()).isEqualTo(ModelSpec.ALPACA_TEMPLATE);
        assertThat(spec.prompt("Do {input}.", "x {instruction}"))
                .endsWith("### Instruction:\nDo {input}.\n\n### Input:\nx {instruction}\n\n### Response:\n");
    }
}
