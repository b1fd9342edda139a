package io.radlake.clean;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Splits report text into its sections. Works on raw or cleaned text (cleaned text gives tidier sections:
 * hard-wrapped lines stay separate lines here). Rules:
 * <ul>
 *   <li>Headers are recognised by {@link SectionHeaders}: known labels in capitals or with a capital first letter,
 *       inline ("IMPRESSION: No acute ...") or alone on their line, with or without colon, in any order; section
 *       labels after a sentence end inside a line ("... stable. IMPRESSION: ...") also count.</li>
 *   <li>Known non-section headers (DATE:, PATIENT:, RECOMMENDATION:) end the previous section. EXAM: and
 *       PROCEDURE: end it too, and are the technique only when the report has no technique header.</li>
 *   <li>Signature blocks, disclaimers, contact footers and result communications ("Critical result discussed
 *       with ...") end a section; communications stay inside an addendum, whose usual content they are.</li>
 *   <li>A header repeated (two IMPRESSION headers, or a "FINDINGS:" sub-label inside findings) continues the same
 *       section.</li>
 *   <li>Without a FINDINGS header, when an impression exists, the paragraphs before the impression that follow the
 *       first paragraph of an indication/technique/comparison section count as findings.</li>
 * </ul>
 * Stateless and thread-safe; never throws on odd input.
 */
public final class SectionParser {

    /** Written next to parsed sections; bump when output for a given text changes. */
    public static final String VERSION = "radlake-section-parser/1.0.0";

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u2028\u2029\u0085\f\u000B]");

    /** One header's worth of lines, split into paragraphs at blank lines. */
    private static final class Block {
        final SectionKind kind; // null: text before the first header, or after a closing trailer
        final List<List<String>> paragraphs = new ArrayList<>();
        boolean paragraphOpen;

        Block(SectionKind kind) {
            this.kind = kind;
        }

        void add(String line) {
            if (!paragraphOpen) {
                paragraphs.add(new ArrayList<>());
                paragraphOpen = true;
            }
            paragraphs.get(paragraphs.size() - 1).add(line);
        }

        void endParagraph() {
            paragraphOpen = false;
        }
    }

    public ReportSections parse(String text) {
        if (text == null || text.isBlank()) {
            return ReportSections.empty();
        }
        List<Block> blocks = blocks(text);
        return assemble(blocks);
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Block current = new Block(null);
        blocks.add(current);
        boolean inTrailer = false;
        for (String rawLine : LINE_BREAK.split(text, -1)) {
            for (String line : splitAtInlineHeaders(rawLine)) {
                String trimmed = WhitespaceRepair.squeeze(line);
                if (trimmed.isEmpty()) {
                    current.endParagraph();
                    if (inTrailer) {
                        inTrailer = false;
                        current = new Block(null);
                        blocks.add(current);
                    }
                    continue;
                }
                SectionHeaders.Header header = SectionHeaders.parse(trimmed);
                if (header != null) {
                    inTrailer = false;
                    current = new Block(header.kind());
                    blocks.add(current);
                    if (!header.inlineText().isEmpty()) {
                        current.add(header.inlineText());
                    }
                    continue;
                }
                if (!inTrailer && endsContent(current.kind, trimmed)) {
                    inTrailer = true;
                }
                if (!inTrailer) {
                    current.add(trimmed);
                }
            }
        }
        return blocks;
    }

    private static boolean endsContent(SectionKind kind, String line) {
        return kind == SectionKind.ADDENDUM ? Boilerplate.startsClosing(line) : Boilerplate.startsTrailer(line);
    }

    private static List<String> splitAtInlineHeaders(String line) {
        List<Integer> starts = SectionHeaders.insideLineStarts(line);
        if (starts.isEmpty()) {
            return List.of(line);
        }
        List<String> parts = new ArrayList<>(starts.size() + 1);
        int from = 0;
        for (int start : starts) {
            parts.add(line.substring(from, start));
            from = start;
        }
        parts.add(line.substring(from));
        return parts;
    }

    private static ReportSections assemble(List<Block> blocks) {
        boolean hasFindings = false;
        boolean hasTechnique = false;
        int firstImpression = -1;
        int firstHeader = -1;
        for (int i = 0; i < blocks.size(); i++) {
            SectionKind kind = blocks.get(i).kind;
            hasFindings |= kind == SectionKind.FINDINGS;
            hasTechnique |= kind == SectionKind.TECHNIQUE;
            if (kind == SectionKind.IMPRESSION && firstImpression < 0) {
                firstImpression = i;
            }
            if (kind != null && firstHeader < 0) {
                firstHeader = i;
            }
        }
        boolean inferFindings = !hasFindings && firstImpression >= 0;
        Map<SectionKind, List<String>> sections = new EnumMap<>(SectionKind.class);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            SectionKind kind = block.kind;
            if (kind == SectionKind.EXAM_OR_PROCEDURE) {
                kind = hasTechnique ? SectionKind.OTHER : SectionKind.TECHNIQUE;
            }
            boolean beforeImpression = inferFindings && i < firstImpression;
            List<List<String>> paragraphs = block.paragraphs;
            if (kind == null) {
                if (beforeImpression && i > 0) {
                    addAll(sections, SectionKind.FINDINGS, paragraphs, 0);
                } else if (beforeImpression && firstHeader == firstImpression) {
                    // No header before the impression: the first of several paragraphs is the title or letterhead.
                    addAll(sections, SectionKind.FINDINGS, paragraphs, paragraphs.size() > 1 ? 1 : 0);
                }
            } else if (kind == SectionKind.OTHER) {
                if (beforeImpression) {
                    addAll(sections, SectionKind.FINDINGS, paragraphs, 1);
                }
            } else if (beforeImpression && (kind == SectionKind.INDICATION || kind == SectionKind.TECHNIQUE
                    || kind == SectionKind.COMPARISON)) {
                if (!paragraphs.isEmpty()) {
                    sections.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(paragraphs.get(0));
                }
                addAll(sections, SectionKind.FINDINGS, paragraphs, 1);
            } else {
                addAll(sections, kind, paragraphs, 0);
            }
        }
        String findings = text(sections, SectionKind.FINDINGS);
        return new ReportSections(text(sections, SectionKind.INDICATION), text(sections, SectionKind.TECHNIQUE),
                text(sections, SectionKind.COMPARISON), findings, text(sections, SectionKind.IMPRESSION),
                text(sections, SectionKind.ADDENDUM), inferFindings && findings != null);
    }

    private static void addAll(Map<SectionKind, List<String>> sections, SectionKind kind,
            List<List<String>> paragraphs, int fromParagraph) {
        for (int p = fromParagraph; p < paragraphs.size(); p++) {
            sections.computeIfAbsent(kind, k -> new ArrayList<>()).addAll(paragraphs.get(p));
        }
    }

    private static String text(Map<SectionKind, List<String>> sections, SectionKind kind) {
        List<String> lines = sections.get(kind);
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }
}
