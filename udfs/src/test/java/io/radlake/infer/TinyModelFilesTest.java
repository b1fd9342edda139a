package io.radlake.infer;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed tiny-radlake-lm files (made by udfs/src/main/python/tiny_model/make_tiny_model.py) load through DJL
 * exactly as a real model would: the tokenizer.json with the HuggingFace binding, model.pt with libtorch, and the
 * model reproduces the greedy decoding that torch computed when it wrote the golden file.
 */
class TinyModelFilesTest {

    private static final String FOLDER = "/io/radlake/infer/tiny-radlake-lm/";
    private static final List<String> FILES = List.of("model.pt", "tokenizer.json", "radlake-model.json");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/tiny-radlake-lm-greedy.jsonl");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path modelDir;

    private static JsonNode meta;

    /** The resources may sit in a jar (the demo), so they are copied out the way the inference code must. */
    @BeforeAll
    static void copyModelFolderFromClasspath() throws IOException {
        for (String name : FILES) {
            try (InputStream in = TinyModelFilesTest.class.getResourceAsStream(FOLDER + name)) {
                assertThat(in).as("classpath resource " + FOLDER + name).isNotNull();
                Files.copy(in, modelDir.resolve(name));
            }
        }
        meta = JSON.readTree(modelDir.resolve("radlake-model.json").toFile());
    }

    @Test
    void metadataNamesTheSpecialTokensAndTheAlpacaPrompt() {
        assertThat(meta.get("name").asText()).isEqualTo("tiny-radlake-lm");
        assertThat(meta.get("architecture").asText()).isEqualTo("causal-lm");
        assertThat(meta.get("max_context").asInt()).isEqualTo(512);
        assertThat(meta.get("pad_token").asText()).isEqualTo("<pad>");
        assertThat(meta.get("eos_token").asText()).isEqualTo("</s>");
        assertThat(meta.get("prompt_template").asText())
                .startsWith("Below is an instruction that describes a task, paired with an input")
                .contains("### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n");
    }

    @Test
    void tokenizerKeepsSpacesNewlinesAndPunctuationSoDecodeRoundTrips() throws IOException {
        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(modelDir.resolve("tokenizer.json"))) {
            String text = "No acute fracture.\nStable 1.4 cm nodule, unchanged (2 mm).";
            Encoding encoding = tokenizer.encode(text);
            // A word keeps the space before it as U+2581; punctuation and digits are tokens of their own; the
            // newline is a token; nothing is added around the text (no post-processor).
            assertThat(encoding.getTokens()).containsExactly("No", "\u2581acute", "\u2581fracture", ".", "\n",
                    "Stable", "\u2581" + "1", ".", "4", "\u2581cm", "\u2581nodule", ",", "\u2581unchanged",
                    "\u2581(", "2", "\u2581mm", ")", ".");
            assertThat(Arrays.stream(encoding.getIds()).min().orElseThrow()).isGreaterThan(3L);
            assertThat(tokenizer.decode(encoding.getIds())).isEqualTo(text);

            // Specials by id; decode(long[]) keeps them (DJL skips special tokens only when addSpecialTokens=false).
            assertThat(tokenizer.encode("<pad><unk><s></s>").getIds()).containsExactly(0L, 1L, 2L, 3L);
            long[] withEos = LongStream.concat(Arrays.stream(encoding.getIds()), LongStream.of(3L)).toArray();
            assertThat(tokenizer.decode(withEos)).isEqualTo(text + "</s>");
            assertThat(tokenizer.decode(withEos, true)).isEqualTo(text);
            // An unknown word becomes <unk> (keeping no space of its own).
            assertThat(tokenizer.encode("No xyzzyq.").getTokens()).containsExactly("No", "<unk>", ".");
        }
    }

    @Test
    void modelReproducesTheGoldenGreedyDecodingOfTorch() throws Exception {
        List<JsonNode> golden = new ArrayList<>();
        for (String line : Files.readAllLines(GOLDEN)) {
            golden.add(JSON.readTree(line));
        }
        assertThat(golden).hasSizeGreaterThanOrEqualTo(3);
        JsonNode first = golden.get(0);
        long[] promptIds = longs(first.get("prompt_ids"));
        long[] generatedIds = longs(first.get("generated_ids"));
        assertThat(generatedIds).isNotEmpty();

        try (HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(modelDir.resolve("tokenizer.json"))) {
            for (JsonNode g : golden) {
                String prompt = meta.get("prompt_template").asText()
                        .replace("{instruction}", g.get("instruction").asText())
                        .replace("{input}", g.get("input").asText());
                assertThat(tokenizer.encode(prompt).getIds()).containsExactly(longs(g.get("prompt_ids")));
                assertThat(tokenizer.decode(longs(g.get("generated_ids"))))
                        .isEqualTo(g.get("generated_text").asText());
            }
        }

        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(modelDir)
                .optModelName("model")
                .optEngine("PyTorch")
                .optTranslator(new NoopTranslator())
                .build();
        // Teacher forcing: one forward over prompt + generated ids must predict, at each step, the token greedy
        // decoding chose next (and eos after the last when torch stopped before the token limit).
        long[] sequence = LongStream.concat(Arrays.stream(promptIds), Arrays.stream(generatedIds)).toArray();
        int t = sequence.length;
        try (ZooModel<NDList, NDList> model = criteria.loadModel();
                Predictor<NDList, NDList> predictor = model.newPredictor();
                NDManager manager = NDManager.newBaseManager()) {
            NDArray ids = manager.create(sequence, new Shape(1, t));
            NDArray mask = manager.ones(new Shape(1, t), DataType.INT64);
            NDArray logits = predictor.predict(new NDList(ids, mask)).singletonOrThrow();
            int vocabSize = tokenizerVocabSize();
            assertThat(logits.getShape()).isEqualTo(new Shape(1, t, vocabSize));
            assertThat(logits.getDataType()).isEqualTo(DataType.FLOAT32);

            long[] argmax = logits.argMax(2).toLongArray();
            assertThat(argmax[promptIds.length - 1]).as("first generated token").isEqualTo(generatedIds[0]);
            long[] predicted = Arrays.copyOfRange(argmax, promptIds.length - 1, t - 1);
            assertThat(predicted).containsExactly(generatedIds);
            if (generatedIds.length < first.get("max_new_tokens").asInt()) {
                assertThat(argmax[t - 1]).as("eos after the last generated token").isEqualTo(3L);
            }
        }
    }

    private static int tokenizerVocabSize() throws IOException {
        return JSON.readTree(modelDir.resolve("tokenizer.json").toFile()).get("model").get("vocab").size();
    }

    private static long[] longs(JsonNode array) {
        long[] out = new long[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asLong();
        }
        return out;
    }
}
