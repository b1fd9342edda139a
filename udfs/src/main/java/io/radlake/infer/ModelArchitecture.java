package io.radlake.infer;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a TorchScript model's {@code forward} is called (see {@link TorchGenerator}). */
public enum ModelArchitecture {
    /** {@code forward(input_ids[B,T], attention_mask[B,T]) -> logits[B,T,V]}, left-padded. */
    CAUSAL_LM("causal-lm"),
    /**
     * {@code forward(input_ids[B,S], attention_mask[B,S], decoder_input_ids[B,T]) -> logits[B,T,V]}: the prompt goes
     * to the encoder, the decoder starts from the decoder start token.
     */
    ENCODER_DECODER("encoder-decoder");

    private final String id;

    ModelArchitecture(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static ModelArchitecture of(String id) {
        for (ModelArchitecture a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("architecture must be one of "
                + Arrays.stream(values()).map(ModelArchitecture::id).collect(Collectors.joining(", ")) + ", got: " + id);
    }
}
