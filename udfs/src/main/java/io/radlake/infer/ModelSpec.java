package io.radlake.infer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;

/**
 * What {@code radlake-model.json} in a model folder says about the model: how to call it and how to prompt it.
 *
 * <pre>
 * {"name": "tiny-radlake-lm", "architecture": "causal-lm", "max_context": 512,
 *  "bos_token": "&lt;s&gt;", "eos_token": "&lt;/s&gt;", "pad_token": "&lt;pad&gt;",
 *  "decoder_start_token": "&lt;s&gt;",          (encoder-decoder only; default bos_token)
 *  "prompt_template": "...{instruction}...{input}..."}</pre>
 *
 * Other keys are kept by the file but ignored here (training notes, versions).
 *
 * @param maxContext       most tokens the model takes: prompt and generated tokens together for a causal LM, the
 *                         prompt alone (and, separately, the generated tokens) for an encoder-decoder
 * @param promptTemplate   the prompt the model was trained on, with {@code {instruction}} and {@code {input}}
 */
public record ModelSpec(
        String name,
        ModelArchitecture architecture,
        int maxContext,
        String bosToken,
        String eosToken,
        String padToken,
        String decoderStartToken,
        String promptTemplate) implements Serializable {

    public static final String FILE = "radlake-model.json";
    /** The Alpaca prompt with an input, as common instruction-tuning stacks render the dataset's Alpaca export. */
    public static final String ALPACA_TEMPLATE = "Below is an instruction that describes a task, paired with an input"
            + " that provides further context. Write a response that appropriately completes the request.\n\n"
            + "### Instruction:\n{instruction}\n\n### Input:\n{input}\n\n### Response:\n";

    private static final ObjectMapper JSON = new ObjectMapper();

    public ModelSpec {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw new IllegalArgumentException(
                    "name must be letters, digits, '.', '_' or '-' (it becomes gold.predictions.model_id), got: " + name);
        }
        if (maxContext < 2) {
            throw new IllegalArgumentException("max_context must be >= 2, got: " + maxContext);
        }
        if (!promptTemplate.contains("{input}")) {
            throw new IllegalArgumentException("prompt_template must contain {input}");
        }
    }

    /** Reads and checks {@code radlake-model.json}; errors name the file and the key. */
    public static ModelSpec read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + " as JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + " must hold a JSON object");
        }
        try {
            String bos = text(root, "bos_token", null);
            return new ModelSpec(
                    text(root, "name", null),
                    ModelArchitecture.of(text(root, "architecture", ModelArchitecture.CAUSAL_LM.id())),
                    root.path("max_context").asInt(0),
                    bos,
                    text(root, "eos_token", null),
                    text(root, "pad_token", null),
                    text(root, "decoder_start_token", bos),
                    text(root, "prompt_template", ALPACA_TEMPLATE));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode node = root.get(key);
        if (node == null || node.isNull()) {
            if (fallback == null && !key.equals("bos_token") && !key.equals("decoder_start_token")) {
                throw new IllegalArgumentException("missing \"" + key + "\"");
            }
            return fallback;
        }
        if (!node.isTextual()) {
            throw new IllegalArgumentException("\"" + key + "\" must be a string, got: " + node.getNodeType());
        }
        return node.asText();
    }

    /** The prompt for one example. */
    public String prompt(String instruction, String input) {
        // One pass, so an input that happens to contain "{instruction}" is not expanded.
        int at = promptTemplate.indexOf("{input}");
        String head = promptTemplate.substring(0, at).replace("{instruction}", instruction);
        String tail = promptTemplate.substring(at + "{input}".length()).replace("{instruction}", instruction);
        return head + input + tail;
    }
}
