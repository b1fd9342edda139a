package io.radlake.dataset.export;

/** The per-split export formats. Each names its files {@code <split>.<suffix>.jsonl}. */
public enum ExportFormat {
    /** {@code {"instruction":...,"input":...,"output":...}} per line, see {@link JsonlWriters#alpacaLine}. */
    ALPACA("alpaca"),
    /** {@code {"messages":[system?, user, assistant]}} per line, see {@link JsonlWriters#chatLine}. */
    CHAT("chat");

    private final String id;

    ExportFormat(String id) {
        this.id = id;
    }

    /** The lower-case name used in file names and in the manifest. */
    public String id() {
        return id;
    }

    /** {@code train} -> {@code train.alpaca.jsonl}. */
    public String fileName(String split) {
        if (split == null || !ExportExample.SPLIT_NAME.matcher(split).matches()) {
            throw new IllegalArgumentException(
                    "split must match " + ExportExample.SPLIT_NAME.pattern() + ", got: " + split);
        }
        return split + "." + id + ".jsonl";
    }

    /** The format whose {@link #id()} is {@code id}. */
    public static ExportFormat ofId(String id) {
        for (ExportFormat f : values()) {
            if (f.id.equals(id)) {
                return f;
            }
        }
        throw new IllegalArgumentException("export format must be one of alpaca, chat, got: " + id);
    }
}
