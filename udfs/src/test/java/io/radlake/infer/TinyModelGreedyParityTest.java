package io.radlake.infer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's tiny model, loaded the way every model is (a folder on disk, DJL, the cache), decodes greedily to
 * exactly the tokens PyTorch chose when the model was made (golden file written by make_tiny_model.py).
 */
class TinyModelGreedyParityTest {

    @TempDir
    static Path dir;
    private static LoadedModel model;
    private static List<JsonNode> golden;

    @BeforeAll
    static void load() throws Exception {
        model = ModelCache.acquire(ModelFolder.open(TinyModel.extractTo(dir)), "cpu");
        golden = new ArrayList<>();
        for (String line : Files.readAllLines(TestModels.resource("/golden/tiny-radlake-lm-greedy.jsonl"))) {
            golden.add(new ObjectMapper().readTree(line));
        }
        assertThat(golden).hasSizeGreaterThanOrEqualTo(5);
    }

    private static long[] ids(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }

    @Test
    void thePromptEncodesToPythonsTokenIds() {
        for (JsonNode g : golden) {
            InferenceInput in = new InferenceInput(g.get("instruction").asText(), g.get("input").asText());
            PromptEncoder encoder = new PromptEncoder(model.spec(), model.tokenizer());
            assertThat(encoder.encode(in, model.spec().maxContext()).ids()).containsExactly(ids(g.get("prompt_ids")));
        }
    }

    @Test
    void greedyDecodingMatchesPyTorchAloneAndInOneBatch() {
        int maxNew = golden.get(0).get("max_new_tokens").asInt();
        List<InferenceInput> inputs = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (JsonNode g : golden) {
            inputs.add(new InferenceInput(g.get("instruction").asText(), g.get("input").asText()));
            expected.add(model.tokenizer().decode(ids(g.get("generated_ids"))).strip());
        }
        try (TorchGenerator one = new TorchGenerator(model, GenerationConfig.greedy(maxNew).withBatchSize(1))) {
            List<String> alone = new ArrayList<>();
            for (InferenceInput in : inputs) {
                alone.add(one.generate(List.of(in)).get(0).text());
            }
            assertThat(alone).containsExactlyElementsOf(expected);
            assertThat(one.generate(inputs)).extracting(Generation::text).containsExactlyElementsOf(expected);
        }
    }
}
