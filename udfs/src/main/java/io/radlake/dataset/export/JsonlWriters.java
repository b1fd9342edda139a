package io.radlake.dataset.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Alpaca and chat JSONL rendering with deterministic bytes: UTF-8, one compact JSON object per line, keys in a fixed
 * order, no spaces outside strings, every line (the last included) ended by a single {@code \n}, strings escaped by
 * {@link JsonStrings}. Records are written in the order given (the job sorts by example_key).
 *
 * <p>Alpaca line: {@code {"instruction":I,"input":X,"output":O}} (input is {@code ""} when the pair has none).
 *
 * <p>Chat line: {@code {"messages":[{"role":"system","content":S},{"role":"user","content":U},
 * {"role":"assistant","content":O}]}} where the system message is present only when the pair has a non-empty
 * system prompt, and U is {@code instruction + "\n\n" + input}, or just the instruction when input is empty. Each
 * message object has exactly the keys role, content in that order.
 */
public final class JsonlWriters {

    private JsonlWriters() {}

    /** The Alpaca JSON object for {@code e}, without the line end. */
    public static String alpacaLine(ExportExample e) {
        StringBuilder out = new StringBuilder(64 + e.instruction().length() + e.input().length() + e.output().length());
        out.append("{\"instruction\":");
        JsonStrings.appendQuoted(out, e.instruction());
        out.append(",\"input\":");
        JsonStrings.appendQuoted(out, e.input());
        out.append(",\"output\":");
        JsonStrings.appendQuoted(out, e.output());
        return out.append('}').toString();
    }

    /** The chat JSON object for {@code e}, without the line end. */
    public static String chatLine(ExportExample e) {
        StringBuilder out = new StringBuilder(128 + e.instruction().length() + e.input().length() + e.output().length());
        out.append("{\"messages\":[");
        if (e.systemPrompt() != null) {
            appendMessage(out, "system", e.systemPrompt());
            out.append(',');
        }
        appendMessage(out, "user", userContent(e));
        out.append(',');
        appendMessage(out, "assistant", e.output());
        return out.append("]}").toString();
    }

    /** The user turn of the chat format: instruction, a blank line, input (or the instruction alone). */
    public static String userContent(ExportExample e) {
        return e.input().isEmpty() ? e.instruction() : e.instruction() + "\n\n" + e.input();
    }

    public static String line(ExportFormat format, ExportExample e) {
        return switch (format) {
            case ALPACA -> alpacaLine(e);
            case CHAT -> chatLine(e);
        };
    }

    /**
     * Writes {@code examples} to a new file (it must not exist yet: exports are written into a fresh staging folder)
     * and returns its line count, size and SHA-256, computed from the bytes as they were written.
     */
    public static FileDigest write(Path file, ExportFormat format, Iterator<ExportExample> examples)
            throws IOException {
        MessageDigest digest = Sha256.newDigest();
        long lines = 0;
        long bytes = 0;
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
            while (examples.hasNext()) {
                byte[] line = (line(format, examples.next()) + "\n").getBytes(StandardCharsets.UTF_8);
                out.write(line);
                digest.update(line);
                bytes += line.length;
                lines++;
            }
        }
        return new FileDigest(lines, bytes, HexFormat.of().formatHex(digest.digest()));
    }

    private static void appendMessage(StringBuilder out, String role, String content) {
        out.append("{\"role\":\"").append(role).append("\",\"content\":");
        JsonStrings.appendQuoted(out, content);
        out.append('}');
    }
}
