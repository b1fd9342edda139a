package io.radlake.infer;

/**
 * Renders an example with the model's prompt template and encodes it, cutting the input (never the instruction or
 * the template) from the end until the prompt fits in {@code budget} tokens.
 */
final class PromptEncoder {

    /** An encoded prompt; {@code truncated} when input was cut. */
    record EncodedPrompt(long[] ids, boolean truncated) {}

    private final ModelSpec spec;
    private final TextTokenizer tokenizer;

    PromptEncoder(ModelSpec spec, TextTokenizer tokenizer) {
        this.spec = spec;
        this.tokenizer = tokenizer;
    }

    /** Tokens of the prompt with an empty input: the fixed cost of every example. */
    int fixedTokens(String instruction) {
        return tokenizer.count(spec.prompt(instruction, ""));
    }

    EncodedPrompt encode(InferenceInput example, int budget) {
        String input = example.input();
        boolean truncated = false;
        while (true) {
            String prompt = spec.prompt(example.instruction(), input);
            TextTokenizer.Tokens tokens = tokenizer.encode(prompt);
            if (tokens.size() <= budget) {
                return new EncodedPrompt(tokens.ids(), truncated);
            }
            if (input.isEmpty()) {
                throw new IllegalArgumentException("the prompt template and instruction alone take " + tokens.size()
                        + " tokens, more than the " + budget + " left for the prompt by the model's max_context "
                        + spec.maxContext() + ": lower --max-new-tokens or shorten the template");
            }
            // Cut the input at the first token that does not fit; a tokenizer may merge across the cut, so loop.
            int inputStart = spec.prompt(example.instruction(), "\u0000").indexOf('\u0000');
            int excess = tokens.size() - budget;
            int lastInputToken = -1;
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.starts()[i] >= inputStart && tokens.ends()[i] <= inputStart + input.length()) {
                    lastInputToken = i;
                }
            }
            int cutToken = lastInputToken - excess + 1;
            int cutChar = cutToken <= 0 || lastInputToken < 0 ? 0 : tokens.starts()[cutToken] - inputStart;
            cutChar = Math.max(0, Math.min(cutChar, input.length() - 1));
            input = input.substring(0, cutChar).stripTrailing();
            truncated = true;
        }
    }
}
