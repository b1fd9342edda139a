package io.radlake.infer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The project's own small model, {@value #NAME}: a word-level decoder-only transformer trained on the demo corpus's
 * train split by {@code udfs/src/main/python/tiny_model/make_tiny_model.py} and shipped inside the jar. The demo,
 * the tests and {@code radlake bench infer} copy it to a local folder and load it from there, through the same
 * path as any other model.
 */
public final class TinyModel {

    public static final String NAME = "tiny-radlake-lm";
    private static final String RESOURCE = "/io/radlake/infer/" + NAME + "/";

    private TinyModel() {}

    /** Copies the model into {@code dir}/{@value #NAME} (replacing an older copy) and returns that folder. */
    public static Path extractTo(Path dir) {
        Path target = dir.resolve(NAME);
        try {
            Files.createDirectories(target);
            for (String file : List.of(ModelFolder.MODEL_FILE, ModelFolder.TOKENIZER_FILE, ModelSpec.FILE)) {
                try (InputStream in = TinyModel.class.getResourceAsStream(RESOURCE + file)) {
                    if (in == null) {
                        throw new IllegalStateException("the jar has no " + RESOURCE + file + ": rebuild radlake");
                    }
                    Files.copy(in, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the tiny model to " + target + ": " + e.getMessage(), e);
        }
    }
}
