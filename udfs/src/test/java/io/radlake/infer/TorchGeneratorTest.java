package io.radlake.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorchGeneratorTest {

    private static final List<InferenceInput> INPUTS = List.of(
            new InferenceInput("Derive the impression from this report.", "The lungs are clear. Heart size is normal."),
            new InferenceInput("Derive the impression from this report.", "Stable nodule in right upper lobe."),
            new InferenceInput("Derive the impression from this report.",
                    "No pleural effusion or pneumothorax. Mild degenerative change of spine."));

    private static LoadedModel seq2seq() {
        return ModelCache.acquire(ModelFolder.open(TestModels.seq2seq()), "cpu");
    }

    @Test
    void encoderDecoderGreedyIsDeterministicAndBatchingGivesTheSameText() {
        GenerationConfig config = GenerationConfig.greedy(12);
        List<Generation> batched;
        try (TorchGenerator g = new TorchGenerator(seq2seq(), config.withBatchSize(3))) {
            batched = g.generate(INPUTS);
            assertThat(g.generate(INPUTS)).isEqualTo(batched);
        }
        try (TorchGenerator g = new TorchGenerator(seq2seq(), config.withBatchSize(1))) {
            for (int i = 0; i < INPUTS.size(); i++) {
                assertThat(g.generate(List.of(INPUTS.get(i)))).containsExactly(batched.get(i));
            }
        }
        assertThat(batched).allSatisfy(gen -> {
            assertThat(gen.inputTruncated()).isFalse();
            assertThat(gen.outputTokens()).isBetween(0, 12);
            assertThat(gen.inputTokens()).isGreaterThan(10);
        });
    }

    @Test
    void beamSearchIsDeterministicAndScoresAtLeastAsWellAsItsFirstBeam() {
        try (TorchGenerator g = new TorchGenerator(seq2seq(), GenerationConfig.greedy(8).withBeam(3))) {
            List<Generation> first = g.generate(INPUTS);
            assertThat(g.generate(INPUTS)).isEqualTo(first);
            assertThat(g.generate(INPUTS.subList(1, 2))).containsExactly(first.get(1));
        }
    }

    @Test
    void aLongInputIsCutToTheContextAndFlagged() {
        String longInput = "The lungs are clear. ".repeat(60);
        try (TorchGenerator g = new TorchGenerator(seq2seq(), GenerationConfig.greedy(4))) {
            Generation gen = g.generate(List.of(new InferenceInput("Derive the impression.", longInput))).get(0);
            assertThat(gen.inputTruncated()).isTrue();
            assertThat(gen.inputTokens()).isLessThanOrEqualTo(seq2seq().spec().maxContext())
                    .isGreaterThan(seq2seq().spec().maxContext() - 6);
            Generation shortOne = g.generate(INPUTS.subList(0, 1)).get(0);
            assertThat(shortOne.inputTruncated()).isFalse();
        }
    }

    @Test
    void theModelIsLoadedOncePerJvmAndDevice() {
        LoadedModel first = seq2seq();
        int loads = ModelCache.loads();
        assertThat(seq2seq()).isSameAs(first);
        assertThat(ModelCache.loads()).isEqualTo(loads);
    }

    @Test
    void maxNewTokensMustLeaveRoomForThePrompt() {
        assertThatThrownBy(() -> new TorchGenerator(seq2seq(), GenerationConfig.greedy(128)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--max-new-tokens must be < the model's max_context 128, got: 128");
    }

    @Test
    void aCorruptModelFileIsRefusedWhenTheFolderIsOpened(@TempDir Path dir) throws Exception {
        for (String f : List.of("tokenizer.json", "radlake-model.json")) {
            Files.copy(TestModels.seq2seq().resolve(f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("model.pt"), "not a model");
        assertThatThrownBy(() -> ModelFolder.open(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve("model.pt") + " is not a TorchScript model");
        Files.delete(dir.resolve("model.pt"));
        assertThatThrownBy(() -> ModelFolder.open(dir))
                .hasMessageContaining("model folder " + dir + " has no model.pt");
    }

    @Test
    void aTruncatedTorchScriptArchiveFailsToLoadWithTheFileAndDeviceNamed(@TempDir Path dir) throws Exception {
        for (String f : List.of("tokenizer.json", "radlake-model.json")) {
            Files.copy(TestModels.seq2seq().resolve(f), dir.resolve(f));
        }
        byte[] model = Files.readAllBytes(TestModels.seq2seq().resolve("model.pt"));
        // Keep the zip directory (at the end) so the cheap check passes, but break the tensors' bytes.
        for (int i = 2000; i < 60000; i++) {
            model[i] = 0;
        }
        Files.write(dir.resolve("model.pt"), model);
        ModelFolder folder = ModelFolder.open(dir);
        assertThatThrownBy(() -> ModelCache.acquire(folder, "cpu"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("cannot load the TorchScript model " + dir.resolve("model.pt") + " on cpu: ");
    }
}
