package io.radlake.dataset.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Renders the dataset card ({@code README.md} next to the exports) from {@link DatasetStats}. The output depends on
 * the stats alone (no clock, locale or map order): splits in {@link SplitOrder}, modalities alphabetically, reject
 * reasons by count then name, numbers formatted with integer arithmetic, {@code \n} line ends, no trailing spaces.
 */
public final class DatasetCard {

    public static final String FILE_NAME = "README.md";
    /** Width in characters of the longest histogram bar. */
    static final int BAR_WIDTH = 30;
    private static final char BAR = '\u2588';

    private DatasetCard() {}

    public static byte[] renderBytes(DatasetStats stats) {
        return render(stats).getBytes(StandardCharsets.UTF_8);
    }

    public static String render(DatasetStats s) {
        StringBuilder out = new StringBuilder(4096);
        out.append("# Dataset card: ").append(cell(s.datasetName())).append("\n\n");
        out.append("Instruction-tuning pairs built by radlake ").append(cell(s.builderVersion()))
                .append(" from de-identified radiology reports. Exported per split as Alpaca JSONL")
                .append(" (`<split>.alpaca.jsonl`) and chat JSONL (`<split>.chat.jsonl`); `manifest.json` lists each")
                .append(" file's example count and SHA-256, the build parameters and the Delta table versions read,")
                .append(" so the dataset can be rebuilt exactly with Delta time travel.\n\n");

        out.append("## Formats\n\n");
        out.append("- Alpaca: one JSON object per line with the keys `instruction`, `input` (empty when the task has")
                .append(" none) and `output`.\n");
        out.append("- Chat: one JSON object per line with `messages`: a `system` message when the template has a")
                .append(" system prompt, a `user` message (the instruction, a blank line, the input) and an")
                .append(" `assistant` message (the output).\n");
        out.append("- Both: UTF-8, `\\n` line ends, examples in `example_key` order.\n\n");

        out.append("## Build\n\n");
        out.append("| Property | Value |\n|---|---|\n");
        out.append("| Examples | ").append(s.totalExamples()).append(" |\n");
        out.append("| Seed | ").append(s.seed()).append(" |\n");
        out.append("| Split fractions | ").append(fractions(s.splitFractions())).append(" |\n");
        out.append("| De-identification version | ").append(cell(s.deidVersion())).append(" |\n");
        out.append("| Tokenizer | ").append(cell(s.tokenizer())).append(" |\n\n");

        appendSizes(out, s.countsBySplitAndModality());
        appendHistogram(out, "Input token lengths",
                "Tokens in the input (the findings, with the indication and comparison lines when included), as"
                        + " the length filters count them; the instruction and a trainer's prompt template come on"
                        + " top.", s.inputTokens());
        appendHistogram(out, "Output token lengths", "Tokens in the expected output.", s.outputTokens());
        appendRejects(out, s.rejectReasons());

        out.append("## Intended use\n\n");
        out.append("Training and evaluating models that summarise, structure or answer questions about radiology")
                .append(" report text, in research and engineering settings.\n\n");
        out.append("## Limitations\n\n");
        out.append("- The source reports are synthetic or de-identified: names, dates, identifiers and other PHI were")
                .append(" replaced by surrogates, so the text is not a faithful record of any patient.\n");
        out.append("- De-identification is automated and can miss PHI; report suspected leaks rather than")
                .append(" redistributing the files.\n");
        out.append("- Outputs are derived from report text by templates, not written or checked by radiologists.\n");
        out.append("- Not for clinical use: not for diagnosis, treatment or any decision about a patient.\n");
        return out.toString();
    }

    private static void appendSizes(StringBuilder out, SortedMap<String, SortedMap<String, Long>> counts) {
        out.append("## Sizes per split and modality\n\n");
        if (counts.isEmpty()) {
            out.append("No examples.\n\n");
            return;
        }
        SortedSet<String> modalities = new TreeSet<>();
        counts.values().forEach(m -> modalities.addAll(m.keySet()));
        List<String> splits = new ArrayList<>(counts.keySet());
        splits.sort(SplitOrder.COMPARATOR);

        out.append("| Split |");
        modalities.forEach(m -> out.append(' ').append(cell(m)).append(" |"));
        out.append(" Total |\n|---|");
        modalities.forEach(m -> out.append("--:|"));
        out.append("--:|\n");
        long[] columnTotals = new long[modalities.size()];
        long grandTotal = 0;
        for (String split : splits) {
            SortedMap<String, Long> byModality = counts.get(split);
            out.append("| ").append(cell(split)).append(" |");
            long rowTotal = 0;
            int col = 0;
            for (String m : modalities) {
                long c = byModality.getOrDefault(m, 0L);
                out.append(' ').append(c).append(" |");
                rowTotal += c;
                columnTotals[col++] += c;
            }
            out.append(' ').append(rowTotal).append(" |\n");
            grandTotal += rowTotal;
        }
        out.append("| **Total** |");
        for (long c : columnTotals) {
            out.append(' ').append(c).append(" |");
        }
        out.append(" **").append(grandTotal).append("** |\n\n");
    }

    private static void appendHistogram(StringBuilder out, String title, String what, LengthHistogram h) {
        out.append("## ").append(title).append("\n\n").append(what);
        long total = h.total();
        if (total == 0) {
            out.append(" No examples.\n\n");
            return;
        }
        out.append(" Each bar is scaled to the fullest bin.\n\n");
        long max = 0;
        for (long c : h.counts()) {
            max = Math.max(max, c);
        }
        out.append("| Tokens | Count | Share | Histogram |\n|---|--:|--:|---|\n");
        for (int i = 0; i < h.counts().size(); i++) {
            long c = h.counts().get(i);
            out.append("| ").append(h.label(i)).append(" | ").append(c).append(" | ").append(percent(c, total))
                    .append(" | ").append(bar(c, max)).append(" |\n");
        }
        out.append('\n');
    }

    private static void appendRejects(StringBuilder out, SortedMap<String, Long> rejects) {
        out.append("## Reject reasons\n\n");
        if (rejects.isEmpty()) {
            out.append("No candidate pairs were rejected.\n\n");
            return;
        }
        List<Map.Entry<String, Long>> rows = new ArrayList<>(rejects.entrySet());
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long total = 0;
        for (Map.Entry<String, Long> r : rows) {
            total += r.getValue();
        }
        out.append("Candidate pairs dropped by the filters, by reason.\n\n");
        out.append("| Reason | Count |\n|---|--:|\n");
        for (Map.Entry<String, Long> r : rows) {
            out.append("| ").append(cell(r.getKey())).append(" | ").append(r.getValue()).append(" |\n");
        }
        out.append("| **Total** | **").append(total).append("** |\n\n");
    }

    /** Bars of at most {@link #BAR_WIDTH} characters, at least one for any non-empty bin, rounded half up. */
    static String bar(long count, long max) {
        if (count == 0 || max == 0) {
            return "";
        }
        long width = Math.max(1, (count * BAR_WIDTH * 2 + max) / (2 * max));
        return String.valueOf(BAR).repeat((int) width);
    }

    /** One decimal, rounded half up, from integers: no locale or floating-point formatting involved. */
    static String percent(long count, long total) {
        long permille = (count * 2000 + total) / (2 * total);
        return (permille / 10) + "." + (permille % 10) + "%";
    }

    private static String fractions(SortedMap<String, Double> fractions) {
        if (fractions.isEmpty()) {
            return "n/a";
        }
        List<String> splits = new ArrayList<>(fractions.keySet());
        splits.sort(SplitOrder.COMPARATOR);
        StringBuilder out = new StringBuilder();
        for (String split : splits) {
            if (out.length() > 0) {
                out.append(", ");
            }
            // Double.toString depends on the value only (not the locale); fractions like 0.8 print as written.
            out.append(cell(split)).append(' ').append(fractions.get(split));
        }
        return out.toString();
    }

    /** Keeps a value inside one Markdown table cell. */
    private static String cell(String value) {
        return value.replace("\\", "\\\\").replace("|", "\\|").replaceAll("[\\r\\n]+", " ").strip();
    }
}
