package io.radlake.dataset;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a report into an instruction example (Radiology-Llama2's recipe: input = findings, optionally with the
 * indication; output = impression), with one of several phrasings of the task chosen per example.
 *
 * <p>The choice is {@code templates[StableHash.index(StableHash.of("template", seed, exampleKey), n)]}: the same key
 * and seed give the same template on every run and machine, whatever the row order or partitioning. The list order
 * is part of the choice, so {@link #STANDARD} is only ever appended to, together with a new {@link #VERSION}.
 *
 * <p>Input layout: without context, the findings (trimmed). With context, fixed labelled lines, a line left out when
 * its section is null or blank (nothing is made up):
 * <pre>
 * INDICATION: ...
 * COMPARISON: ...
 * FINDINGS: ...</pre>
 * and the instruction gets the sentence {@value #CONTEXT_SENTENCE} when an indication or comparison line is present.
 */
public final class InstructionTemplates implements Serializable {

    /** Changes when the standard phrasings or the layout change (for the dataset card). */
    public static final String VERSION = "impression-templates-v1";
    static final String CONTEXT_SENTENCE = "Take the clinical indication and comparison into account.";
    private static final String HASH_PURPOSE = "template";
    private static final String FINDINGS = "FINDINGS: ";

    /** The standard phrasings. */
    public static final List<InstructionTemplate> STANDARD = List.of(
            new InstructionTemplate("t01",
                    "Derive the impression from the findings of this {exam} report.",
                    "Derive the impression from the findings of this radiology report."),
            new InstructionTemplate("t02",
                    "Summarize the findings of this {exam} report into a concise impression.",
                    "Summarize the findings of this radiology report into a concise impression."),
            new InstructionTemplate("t03",
                    "Write the impression section of this {exam} report based on its findings.",
                    "Write the impression section of this radiology report based on its findings."),
            new InstructionTemplate("t04",
                    "Here are the findings from this {exam} examination. What is the impression?",
                    "Here are the findings from this imaging examination. What is the impression?"),
            new InstructionTemplate("t05",
                    "As the reporting radiologist, give the impression for this {exam} study based on the findings.",
                    "As the reporting radiologist, give the impression for this imaging study based on the findings."),
            new InstructionTemplate("t06",
                    "Condense these {exam} findings into the key conclusions for the referring clinician.",
                    "Condense these radiology findings into the key conclusions for the referring clinician."),
            new InstructionTemplate("t07",
                    "Generate the final impression for this {exam} report from its findings section.",
                    "Generate the final impression for this radiology report from its findings section."),
            new InstructionTemplate("t08",
                    "Read the findings of this {exam} study and state the most important conclusions as the"
                            + " impression.",
                    "Read the findings of this imaging study and state the most important conclusions as the"
                            + " impression."));

    private final List<InstructionTemplate> templates;
    private final PromptOptions options;

    public InstructionTemplates(List<InstructionTemplate> templates, PromptOptions options) {
        if (templates == null || templates.isEmpty()) {
            throw new IllegalArgumentException("at least one instruction template is needed");
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null");
        }
        Set<String> ids = new HashSet<>();
        for (InstructionTemplate template : templates) {
            if (!ids.add(template.id())) {
                throw new IllegalArgumentException("template ids must be unique, repeated: " + template.id());
            }
        }
        this.templates = List.copyOf(templates);
        this.options = options;
    }

    /** The {@link #STANDARD} phrasings with these options. */
    public static InstructionTemplates standard(PromptOptions options) {
        return new InstructionTemplates(STANDARD, options);
    }

    public List<InstructionTemplate> templates() {
        return templates;
    }

    public PromptOptions options() {
        return options;
    }

    /** The template of the example with this key under the options' seed. */
    public InstructionTemplate choose(ExampleKey key) {
        long hash = StableHash.of(HASH_PURPOSE, options.seed(), key.value());
        return templates.get(StableHash.index(hash, templates.size()));
    }

    /**
     * The example input as it is written out (count its tokens for {@link ExampleFilter#checkLength}).
     *
     * @throws IllegalArgumentException when the report has no findings (filter first)
     */
    public String input(SourceReport report) {
        if (report.findings() == null || report.findings().isBlank()) {
            throw new IllegalArgumentException("a report without findings cannot be rendered (filter it first)");
        }
        String findings = report.findings().strip();
        if (!options.includeContext()) {
            return findings;
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, "INDICATION", report.indication());
        appendLine(out, "COMPARISON", report.comparison());
        return out.append(FINDINGS).append(findings).toString();
    }

    /**
     * The findings of an input written by {@link #input}, with or without the context lines: what a findings-based
     * baseline reads.
     */
    public static String findingsOf(String input) {
        if (input == null) {
            return "";
        }
        if (!input.startsWith("INDICATION: ") && !input.startsWith("COMPARISON: ") && !input.startsWith(FINDINGS)) {
            return input;
        }
        int at = input.startsWith(FINDINGS) ? 0 : input.indexOf("\n" + FINDINGS) + 1;
        return at == 0 && !input.startsWith(FINDINGS) ? input : input.substring(at + FINDINGS.length());
    }

    /** The instruction of the chosen template for this report, with the context sentence when it applies. */
    public String instruction(SourceReport report, InstructionTemplate template) {
        String instruction = template.instruction(ExamDescription.of(report.modality(), report.bodyPart())
                .orElse(null));
        boolean hasContext = options.includeContext() && (present(report.indication()) || present(report.comparison()));
        return hasContext ? instruction + " " + CONTEXT_SENTENCE : instruction;
    }

    /**
     * The example for a report that passed {@link ExampleFilter#checkText}.
     *
     * @throws IllegalArgumentException when findings or impression are missing
     */
    public InstructionExample render(SourceReport report) {
        if (report.impression() == null || report.impression().isBlank()) {
            throw new IllegalArgumentException("a report without impression cannot be rendered (filter it first)");
        }
        ExampleKey key = report.exampleKey();
        InstructionTemplate template = choose(key);
        return new InstructionExample(key.value(), template.id(), options.systemPrompt(),
                instruction(report, template), input(report), report.impression().strip());
    }

    private static void appendLine(StringBuilder out, String label, String section) {
        if (present(section)) {
            out.append(label).append(": ").append(section.strip()).append('\n');
        }
    }

    private static boolean present(String section) {
        return section != null && !section.isBlank();
    }
}
