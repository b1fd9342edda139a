package io.radlake.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence with {slot} placeholders, parsed once when the library loads so rendering is a plain walk
 * over literals and slots (no regex, no String.format). A slot named with a capital first letter
 * ({Side}) renders its lower-case slot's value capitalised.
 */
final class Template {

    private final String source;
    private final String[] literals;
    private final TemplateSlot[] slots;
    private final boolean[] capitalise;
    private final boolean startsWithProperNoun;

    private Template(String source, String[] literals, TemplateSlot[] slots, boolean[] capitalise) {
        this.source = source;
        this.literals = literals;
        this.slots = slots;
        this.capitalise = capitalise;
        this.startsWithProperNoun = startsWithProperNoun(source);
    }

    /** Eponyms and acronyms keep their capital when the sentence is spliced after other words. */
    private static boolean startsWithProperNoun(String source) {
        if (source.length() > 1 && Character.isUpperCase(source.charAt(0)) && Character.isUpperCase(source.charAt(1))) {
            return true;
        }
        for (String eponym : Eponyms.ALL) {
            int space = eponym.indexOf(' ');
            if (source.startsWith(eponym.substring(0, space < 0 ? eponym.length() : space))) {
                return true;
            }
        }
        return false;
    }

    static Template parse(String source) {
        List<String> literals = new ArrayList<>();
        List<TemplateSlot> slots = new ArrayList<>();
        List<Boolean> capitalise = new ArrayList<>();
        int position = 0;
        while (true) {
            int open = source.indexOf('{', position);
            if (open < 0) {
                literals.add(source.substring(position));
                break;
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '{' in template: " + source);
            }
            literals.add(source.substring(position, open));
            String name = source.substring(open + 1, close);
            capitalise.add(Character.isUpperCase(name.charAt(0)));
            slots.add(TemplateSlot.byName(name.toLowerCase(java.util.Locale.ROOT), source));
            position = close + 1;
        }
        boolean[] caps = new boolean[capitalise.size()];
        for (int i = 0; i < caps.length; i++) {
            caps[i] = capitalise.get(i);
        }
        return new Template(source, literals.toArray(String[]::new), slots.toArray(TemplateSlot[]::new), caps);
    }

    static List<Template> parseAll(String... sources) {
        List<Template> parsed = new ArrayList<>(sources.length);
        for (String source : sources) {
            parsed.add(parse(source));
        }
        return List.copyOf(parsed);
    }

    void render(ReportTextBuilder out, SlotValues values) {
        render(out, values, -1, false);
    }

    /**
     * Renders into {@code out}. {@code stutterAt} >= 0 repeats one word of the first literal, a
     * speech-recognition artefact ("No focal focal consolidation"); pass -1 for none. {@code lowerFirst}
     * lower-cases the first letter so the sentence can follow "72-year-old man with ", unless it starts
     * with a proper noun or acronym.
     */
    void render(ReportTextBuilder out, SlotValues values, int stutterAt, boolean lowerFirst) {
        boolean lower = lowerFirst && !startsWithProperNoun;
        String first = literals[0];
        if (lower && !first.isEmpty()) {
            first = Character.toLowerCase(first.charAt(0)) + first.substring(1);
        }
        appendLiteral(out, first, stutterAt);
        for (int i = 0; i < slots.length; i++) {
            String value = values.value(slots[i]);
            boolean atStart = i == 0 && literals[0].isEmpty();
            if (capitalise[i] && !(atStart && lower)) {
                value = Character.toUpperCase(value.charAt(0)) + value.substring(1);
            }
            if (slots[i].phiCategory() != null) {
                out.phi(slots[i].phiCategory(), value);
            } else {
                out.append(value);
            }
            out.append(literals[i + 1]);
        }
    }

    private static void appendLiteral(ReportTextBuilder out, String literal, int stutterAt) {
        if (stutterAt < 0) {
            out.append(literal);
            return;
        }
        // Find the (stutterAt mod words)-th space; repeat the word before it.
        int spaces = 0;
        for (int i = 0; i < literal.length(); i++) {
            if (literal.charAt(i) == ' ') {
                spaces++;
            }
        }
        if (spaces == 0) {
            out.append(literal);
            return;
        }
        int target = stutterAt % spaces;
        int seen = 0;
        int wordStart = 0;
        for (int i = 0; i < literal.length(); i++) {
            if (literal.charAt(i) == ' ') {
                if (seen == target && i > wordStart) {
                    out.append(literal.substring(0, i)).append(' ').append(literal.substring(wordStart, i))
                            .append(literal.substring(i));
                    return;
                }
                seen++;
                wordStart = i + 1;
            }
        }
        out.append(literal);
    }

    @Override
    public String toString() {
        return source;
    }
}
