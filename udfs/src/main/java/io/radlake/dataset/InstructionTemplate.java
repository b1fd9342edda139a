package io.radlake.dataset;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * One phrasing of the task, in two forms: {@code withExam} names the examination through the placeholder
 * {@value #EXAM}, always followed by a noun ("this {exam} report", "these {exam} findings") so that any exam
 * description reads well; {@code generic} is used when neither modality nor body part is known.
 *
 * @param id       stable id, written with every example; never reused for another wording
 * @param withExam the phrasing with exactly one {@value #EXAM}
 * @param generic  the phrasing without the exam
 */
public record InstructionTemplate(String id, String withExam, String generic) implements Serializable {

    public static final String EXAM = "{exam}";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    public InstructionTemplate {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("template id must be 1-32 of a-z, 0-9, '_', '-', starting with a"
                    + " letter or digit, got: " + id);
        }
        if (withExam == null || withExam.indexOf(EXAM) < 0 || withExam.indexOf(EXAM) != withExam.lastIndexOf(EXAM)) {
            throw new IllegalArgumentException("template " + id + ": withExam must contain " + EXAM + " exactly once");
        }
        if (generic == null || generic.isBlank() || generic.contains(EXAM)) {
            throw new IllegalArgumentException("template " + id + ": generic must be non-blank and without " + EXAM);
        }
    }

    /** The instruction for an exam description, or the generic form when {@code exam} is null. */
    public String instruction(String exam) {
        return exam == null ? generic : withExam.replace(EXAM, exam);
    }
}
