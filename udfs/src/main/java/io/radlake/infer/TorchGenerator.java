package io.radlake.infer;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Generates impressions with a TorchScript model ({@link ModelArchitecture}) and one DJL {@link Predictor}: one
 * instance per Spark task, closed when the task ends; the {@link LoadedModel} itself is shared through
 * {@link ModelCache}. Runs on the model's device (a GPU when the task has one).
 *
 * <p>Each step runs the whole sequence again (no key/value cache): TorchScript exports take no cache tensors, and
 * for the short impressions here the cost is a constant factor. Rows of a batch are left-padded with the pad token
 * and a zero attention mask; finished rows leave the batch, so the batch shrinks as rows end.
 *
 * <p>A causal LM gets {@code max_context - max_new_tokens} prompt tokens, an encoder-decoder {@code max_context};
 * a longer prompt loses the end of its input ({@link Generation#inputTruncated()}), never the instruction.
 */
public final class TorchGenerator implements ImpressionModel {

    private final LoadedModel model;
    private final GenerationConfig config;
    private final Predictor<StepTranslator.Step, float[][]> predictor;
    private final PromptEncoder prompts;
    private final boolean causal;
    private final int promptBudget;

    public TorchGenerator(LoadedModel model, GenerationConfig config) {
        ModelSpec spec = model.spec();
        this.causal = spec.architecture() == ModelArchitecture.CAUSAL_LM;
        if (config.maxNewTokens() >= spec.maxContext()) {
            throw new IllegalArgumentException("--max-new-tokens must be < the model's max_context "
                    + spec.maxContext() + ", got: " + config.maxNewTokens());
        }
        this.model = model;
        this.config = config;
        this.promptBudget = causal ? spec.maxContext() - config.maxNewTokens() : spec.maxContext();
        this.prompts = new PromptEncoder(spec, model.tokenizer());
        this.predictor = model.newPredictor();
    }

    @Override
    public String device() {
        return model.device();
    }

    @Override
    public List<Generation> generate(List<InferenceInput> batch) {
        List<PromptEncoder.EncodedPrompt> encoded = new ArrayList<>(batch.size());
        for (InferenceInput in : batch) {
            encoded.add(prompts.encode(in, promptBudget));
        }
        List<Hypothesis> best = config.decoding() == Decoding.GREEDY ? greedy(encoded) : beam(encoded);
        List<Generation> out = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            String text = best.get(i).text(this);
            out.add(new Generation(text, encoded.get(i).ids().length, model.tokenizer().count(text),
                    encoded.get(i).truncated()));
        }
        return out;
    }

    /** Greedy decoding: every row takes its most likely token (lowest id on ties) until eos, a stop or the limit. */
    private List<Hypothesis> greedy(List<PromptEncoder.EncodedPrompt> encoded) {
        List<Hypothesis> result = new ArrayList<>(encoded.size());
        List<Hypothesis> active = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            Hypothesis h = new Hypothesis(i, encoded.get(i).ids(), new long[0], 0.0);
            result.add(h);
            active.add(h);
        }
        for (int step = 0; step < config.maxNewTokens() && !active.isEmpty(); step++) {
            float[][] scores = run(active, false);
            List<Hypothesis> next = new ArrayList<>(active.size());
            for (int r = 0; r < active.size(); r++) {
                Hypothesis h = active.get(r);
                int token = argMax(scores[r]);
                Hypothesis extended = token == model.eosId() ? h.finish() : h.extend(token, 0.0);
                if (!extended.finished() && (extended.tokens().length == config.maxNewTokens() || stops(extended))) {
                    extended = extended.finish();
                }
                result.set(h.row(), extended);
                if (!extended.finished()) {
                    next.add(extended);
                }
            }
            active = next;
        }
        return result;
    }

    /**
     * Beam search per row over {@code beamSize} hypotheses, all rows' beams in one batch: at each step the
     * {@code 2 x beamSize} best extensions of a row are taken in order of total log-probability; one ending in eos
     * (or a stop string) is a finished candidate, the others refill the beam. A row is done when it has
     * {@code beamSize} finished candidates or reaches the token limit; the answer is the finished candidate with the
     * best mean log-probability per token (eos counted).
     */
    private List<Hypothesis> beam(List<PromptEncoder.EncodedPrompt> encoded) {
        int k = config.beamSize();
        List<List<Hypothesis>> live = new ArrayList<>();
        List<List<Hypothesis>> finished = new ArrayList<>();
        for (int i = 0; i < encoded.size(); i++) {
            live.add(new ArrayList<>(List.of(new Hypothesis(i, encoded.get(i).ids(), new long[0], 0.0))));
            finished.add(new ArrayList<>());
        }
        for (int step = 0; step < config.maxNewTokens(); step++) {
            List<Hypothesis> active = new ArrayList<>();
            live.forEach(active::addAll);
            if (active.isEmpty()) {
                break;
            }
            float[][] scores = run(active, true);
            int at = 0;
            for (int row = 0; row < encoded.size(); row++) {
                List<Hypothesis> beams = live.get(row);
                if (beams.isEmpty()) {
                    continue;
                }
                List<Hypothesis> candidates = new ArrayList<>();
                for (Hypothesis h : beams) {
                    float[] lp = scores[at++];
                    for (int token : topTokens(lp, 2 * k)) {
                        candidates.add(h.extend(token, lp[token]));
                    }
                }
                candidates.sort(Comparator.comparingDouble(Hypothesis::score).reversed());
                List<Hypothesis> nextBeams = new ArrayList<>(k);
                for (Hypothesis c : candidates) {
                    if (nextBeams.size() == k || finished.get(row).size() == k) {
                        break;
                    }
                    long last = c.tokens()[c.tokens().length - 1];
                    if (last == model.eosId()) {
                        finished.get(row).add(c.finish());
                    } else if (stops(c)) {
                        finished.get(row).add(c.finish());
                    } else {
                        nextBeams.add(c);
                    }
                }
                if (finished.get(row).size() >= k) {
                    nextBeams.clear();
                }
                live.set(row, nextBeams);
            }
        }
        List<Hypothesis> result = new ArrayList<>(encoded.size());
        for (int row = 0; row < encoded.size(); row++) {
            List<Hypothesis> pool = new ArrayList<>(finished.get(row));
            live.get(row).forEach(h -> pool.add(h.finish()));
            // Stable sort: equal means keep the order they were found in (higher total first).
            pool.sort(Comparator.comparingDouble(Hypothesis::meanScore).reversed());
            result.add(pool.get(0));
        }
        return result;
    }

    /** One forward pass over {@code rows}; scores of the next token per row. */
    private float[][] run(List<Hypothesis> rows, boolean logProbs) {
        int width = 0;
        for (Hypothesis h : rows) {
            width = Math.max(width, causal ? h.prompt().length + h.tokens().length : h.prompt().length);
        }
        long[][] ids = new long[rows.size()][width];
        long[][] mask = new long[rows.size()][width];
        long[][] decoder = causal ? null : new long[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            Hypothesis h = rows.get(r);
            long[] seq = causal ? h.sequence() : h.prompt();
            int pad = width - seq.length;
            Arrays.fill(ids[r], 0, pad, model.padId());
            System.arraycopy(seq, 0, ids[r], pad, seq.length);
            Arrays.fill(mask[r], pad, width, 1L);
            if (!causal) {
                decoder[r] = new long[h.tokens().length + 1];
                decoder[r][0] = model.decoderStartId();
                System.arraycopy(h.tokens(), 0, decoder[r], 1, h.tokens().length);
            }
        }
        try {
            return predictor.predict(new StepTranslator.Step(ids, mask, decoder, logProbs));
        } catch (TranslateException e) {
            throw new IllegalStateException("model " + model.spec().name() + " failed on " + model.device() + ": "
                    + e.getMessage(), e);
        }
    }

    private boolean stops(Hypothesis h) {
        if (config.stopStrings().isEmpty()) {
            return false;
        }
        String text = model.tokenizer().decode(h.tokens());
        return config.stopStrings().stream().anyMatch(text::contains);
    }

    /** The text of a finished hypothesis: eos dropped, cut before the first stop string, trimmed. */
    String textOf(long[] tokens) {
        int n = tokens.length;
        if (n > 0 && tokens[n - 1] == model.eosId()) {
            n--;
        }
        String text = model.tokenizer().decode(Arrays.copyOf(tokens, n));
        int cut = text.length();
        for (String stop : config.stopStrings()) {
            int at = text.indexOf(stop);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return text.substring(0, cut).strip();
    }

    static int argMax(float[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /** The {@code n} highest-scoring token ids, best first, lower id first on ties. */
    static int[] topTokens(float[] scores, int n) {
        n = Math.min(n, scores.length);
        int[] top = new int[n];
        int size = 0;
        for (int t = 0; t < scores.length; t++) {
            if (size == n && !(scores[t] > scores[top[n - 1]])) {
                continue;
            }
            int at = size < n ? size++ : n - 1;
            while (at > 0 && scores[t] > scores[top[at - 1]]) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = t;
        }
        return top;
    }

    @Override
    public void close() {
        predictor.close();
    }

    /**
     * One row's generated tokens so far and their total log-probability.
     *
     * @param row    index of the example in the batch
     * @param prompt the encoded prompt
     */
    record Hypothesis(int row, long[] prompt, long[] tokens, double score, boolean finished) {
        Hypothesis(int row, long[] prompt, long[] tokens, double score) {
            this(row, prompt, tokens, score, false);
        }

        Hypothesis extend(int token, double logProb) {
            long[] next = Arrays.copyOf(tokens, tokens.length + 1);
            next[tokens.length] = token;
            return new Hypothesis(row, prompt, next, score + logProb, false);
        }

        Hypothesis finish() {
            return new Hypothesis(row, prompt, tokens, score, true);
        }

        /** In greedy decoding an eos is not appended ({@link #finish()} only), so it is never in the text. */
        long[] sequence() {
            long[] seq = Arrays.copyOf(prompt, prompt.length + tokens.length);
            System.arraycopy(tokens, 0, seq, prompt.length, tokens.length);
            return seq;
        }

        double meanScore() {
            return score / Math.max(1, tokens.length);
        }

        String text(TorchGenerator g) {
            return g.textOf(tokens);
        }
    }
}
