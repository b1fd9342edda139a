package io.radlake.infer;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * One decoding step through DJL's {@code Predictor}: Java token arrays in, the scores of the next token per row out
 * as a Java array. Tensors live only inside the predictor's context (on the model's device) and are freed with it,
 * so nothing native outlives a step.
 */
final class StepTranslator implements NoBatchifyTranslator<StepTranslator.Step, float[][]> {

    /**
     * @param decoderIds   null for a causal LM
     * @param logProbs     log-softmax scores (beam search) instead of raw logits (greedy)
     */
    record Step(long[][] ids, long[][] mask, long[][] decoderIds, boolean logProbs) {}

    @Override
    public NDList processInput(TranslatorContext ctx, Step step) {
        NDManager m = ctx.getNDManager();
        ctx.setAttachment("logProbs", step.logProbs());
        NDList in = new NDList(m.create(step.ids()), m.create(step.mask()));
        if (step.decoderIds() != null) {
            in.add(m.create(step.decoderIds()));
        }
        return in;
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList out) {
        NDArray logits = out.get(0); // [B, T, V]
        NDArray last = logits.get(":, -1, :");
        if (Boolean.TRUE.equals(ctx.getAttachment("logProbs"))) {
            last = last.logSoftmax(-1);
        }
        int rows = (int) last.getShape().get(0);
        int vocab = (int) last.getShape().get(1);
        float[] flat = last.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
        float[][] scores = new float[rows][];
        for (int r = 0; r < rows; r++) {
            scores[r] = java.util.Arrays.copyOfRange(flat, r * vocab, (r + 1) * vocab);
        }
        return scores;
    }
}
