package io.radlake.infer;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The model folders the tests load: the committed tiny models. */
final class TestModels {
    private TestModels() {}

    /** An untrained encoder-decoder (udfs/src/test/python/make_tiny_seq2seq.py). */
    static Path seq2seq() {
        return resource("/models/tiny-seq2seq");
    }

    static Path resource(String name) {
        try {
            return Path.of(TestModels.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
