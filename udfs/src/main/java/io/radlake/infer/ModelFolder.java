package io.radlake.infer;

import io.radlake.dataset.export.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A local model folder, checked: {@value #MODEL_FILE} (TorchScript), {@value #TOKENIZER_FILE} (HuggingFace tokenizers)
 * and {@value ModelSpec#FILE}. {@link #open} is cheap enough for the driver (it reads the small files and walks the
 * TorchScript zip's directory without loading tensors), so a missing or broken model fails once, before any task.
 *
 * @param version sha256 over the three files (names and bytes), so two copies of the same model compare equal
 */
public record ModelFolder(Path dir, ModelSpec spec, String version) implements Serializable {

    public static final String MODEL_FILE = "model.pt";
    public static final String TOKENIZER_FILE = "tokenizer.json";
    private static final List<String> FILES = List.of(MODEL_FILE, TOKENIZER_FILE, ModelSpec.FILE);

    public static ModelFolder open(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) {
            throw new IllegalArgumentException("model folder not found: " + abs + " (a radlake model folder holds "
                    + String.join(", ", FILES) + ")");
        }
        for (String name : FILES) {
            if (!Files.isRegularFile(abs.resolve(name))) {
                throw new IllegalArgumentException("model folder " + abs + " has no " + name + " (a radlake model"
                        + " folder holds " + String.join(", ", FILES) + ")");
            }
        }
        checkTorchScript(abs.resolve(MODEL_FILE));
        ModelSpec spec = ModelSpec.read(abs.resolve(ModelSpec.FILE));
        return new ModelFolder(abs, spec, hash(abs));
    }

    public Path modelFile() {
        return dir.resolve(MODEL_FILE);
    }

    public Path tokenizerFile() {
        return dir.resolve(TOKENIZER_FILE);
    }

    /** A TorchScript file is a zip archive holding {@code <name>/data.pkl} and {@code <name>/code/...}. */
    private static void checkTorchScript(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            boolean data = false;
            boolean code = false;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                data |= e.getName().endsWith("/data.pkl");
                code |= e.getName().contains("/code/");
            }
            if (!data || !code) {
                throw new IllegalArgumentException(file + " is a zip archive but not a TorchScript model (no "
                        + (data ? "code/ folder" : "data.pkl") + "); save the model with torch.jit.save");
            }
        } catch (ZipException e) {
            throw new IllegalArgumentException(file + " is not a TorchScript model (not a readable zip archive: "
                    + e.getMessage() + "); save the model with torch.jit.save", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static String hash(Path dir) {
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[1 << 16];
        for (String name : FILES) {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + dir.resolve(name) + ": " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
