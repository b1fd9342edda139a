package io.radlake.infer;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import java.io.IOException;

/**
 * A TorchScript model loaded on one device with its tokenizer and special token ids: what {@link ModelCache} holds
 * once per executor JVM. Thread-safe; each task takes its own {@link #newPredictor()}.
 */
public final class LoadedModel implements AutoCloseable {

    static final String GRAPH_OPTIMIZER = "ai.djl.pytorch.graph_optimizer";

    private final ModelFolder folder;
    private final String device;
    private final ZooModel<StepTranslator.Step, float[][]> model;
    private final TextTokenizer tokenizer;
    private final long eosId;
    private final long padId;
    private final long decoderStartId;

    private LoadedModel(ModelFolder folder, String device, ZooModel<StepTranslator.Step, float[][]> model,
            TextTokenizer tokenizer) {
        this.folder = folder;
        this.device = device;
        this.model = model;
        this.tokenizer = tokenizer;
        ModelSpec spec = folder.spec();
        this.eosId = tokenizer.tokenId(spec.eosToken(), "eos_token");
        this.padId = tokenizer.tokenId(spec.padToken(), "pad_token");
        this.decoderStartId = spec.architecture() == ModelArchitecture.ENCODER_DECODER
                ? tokenizer.tokenId(spec.decoderStartToken(), "decoder_start_token") : -1;
    }

    /** Loads {@code folder} on {@code device} ({@code cpu} or {@code gpu:N}); errors name the file and device. */
    static LoadedModel load(ModelFolder folder, String device) {
        // Decoding changes the sequence length at every step; TorchScript's profiling executor would re-profile and
        // re-optimize the graph for each new shape (seconds per shape on a CPU). DJL reads this before each forward;
        // a -Dai.djl.pytorch.graph_optimizer=true given by the user still wins.
        if (System.getProperty(GRAPH_OPTIMIZER) == null) {
            System.setProperty(GRAPH_OPTIMIZER, "false");
        }
        Criteria<StepTranslator.Step, float[][]> criteria = Criteria.builder()
                .setTypes(StepTranslator.Step.class, float[][].class)
                .optModelPath(folder.dir())
                .optModelName(ModelFolder.MODEL_FILE.replace(".pt", ""))
                .optEngine("PyTorch")
                .optDevice(djlDevice(device))
                // A model saved on a GPU loads on the CPU too.
                .optOption("mapLocation", "true")
                .optTranslator(new StepTranslator())
                .build();
        ZooModel<StepTranslator.Step, float[][]> model;
        try {
            model = criteria.loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException | RuntimeException e) {
            throw new IllegalStateException("cannot load the TorchScript model " + folder.modelFile() + " on " + device
                    + ": " + e.getMessage(), e);
        }
        try {
            return new LoadedModel(folder, device, model, TextTokenizer.load(folder.tokenizerFile()));
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    static Device djlDevice(String device) {
        return device.equals("cpu") ? Device.cpu() : Device.gpu(Integer.parseInt(device.substring("gpu:".length())));
    }

    public Predictor<StepTranslator.Step, float[][]> newPredictor() {
        return model.newPredictor();
    }

    public ModelFolder folder() {
        return folder;
    }

    public ModelSpec spec() {
        return folder.spec();
    }

    public String device() {
        return device;
    }

    public TextTokenizer tokenizer() {
        return tokenizer;
    }

    long eosId() {
        return eosId;
    }

    long padId() {
        return padId;
    }

    long decoderStartId() {
        return decoderStartId;
    }

    @Override
    public void close() {
        model.close();
        tokenizer.close();
    }
}
