package io.radlake.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Removes blocks that start with a recognisable first line and run to the end of their paragraph: signature
 * blocks ("Electronically signed by ...", "Dictated by: ... / Transcribed: ... / ABC/de") and disclaimers. A block
 * also ends at a section header, so an addendum written right under a signature survives.
 */
final class BlockRemover {

    private final Predicate<String> startsBlock;

    private BlockRemover(Predicate<String> startsBlock) {
        this.startsBlock = startsBlock;
    }

    static final BlockRemover SIGNATURES = new BlockRemover(Boilerplate::startsSignature);
    static final BlockRemover DISCLAIMERS = new BlockRemover(Boilerplate::startsDisclaimer);

    String remove(String text) {
        List<String> lines = Lines.split(text);
        List<String> kept = null;
        boolean inBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.trim();
            if (inBlock && (trimmed.isEmpty() || isSectionHeader(trimmed))) {
                inBlock = false;
            }
            if (!inBlock && !trimmed.isEmpty() && startsBlock.test(trimmed) && !isSectionHeader(trimmed)) {
                inBlock = true;
            }
            if (inBlock && kept == null) {
                kept = new ArrayList<>(lines.subList(0, i));
            }
            if (!inBlock && kept != null) {
                kept.add(line);
            }
        }
        return kept == null ? text : Lines.join(kept);
    }

    private static boolean isSectionHeader(String trimmed) {
        SectionHeaders.Header header = SectionHeaders.parse(trimmed);
        return header != null && header.kind() != SectionKind.OTHER;
    }
}
