package io.radlake.corpus;

import io.radlake.phi.PhiCategory;
import java.util.SplittableRandom;

/** Placeholders the clinical library may use; PHI slots record spans when rendered. */
enum TemplateSlot {
    MM("mm", null),
    MM2("mm2", null),
    CM("cm", null),
    CM2("cm2", null),
    SIDE("side", null),
    LOBE("lobe", null),
    CLEVEL("clevel", null),
    LLEVEL("llevel", null),
    LVERT("lvert", null),
    SEG("seg", null),
    CLOCK("clock", null),
    DEPTH("depth", null),
    CMFN("cmfn", null),
    PCT("pct", null),
    COUNT("count", null),
    RIB("rib", null),
    ML("ml", null),
    DATE("date", PhiCategory.DATE),
    SERIAL("serial", PhiCategory.DEVICE_SERIAL);

    private static final String[] SIDES = {"right", "left"};
    private static final String[] LOBES = {"right upper lobe", "right middle lobe", "right lower lobe",
        "left upper lobe", "lingula", "left lower lobe"};
    private static final String[] CERVICAL_LEVELS = {"C3-C4", "C4-C5", "C5-C6", "C6-C7"};
    private static final String[] LUMBAR_LEVELS = {"L1-L2", "L2-L3", "L3-L4", "L4-L5", "L5-S1"};
    private static final String[] LUMBAR_VERTEBRAE = {"T11", "T12", "L1", "L2", "L3", "L4"};
    private static final String[] DEPTHS = {"anterior", "middle", "posterior"};
    private static final String[] RIBS = {"4th", "5th", "6th", "7th", "8th", "9th"};
    private static final String SERIAL_PREFIXES = "PJN RNA BLS NWR SAF MKL TRX";

    private final String placeholder;
    private final PhiCategory phiCategory;

    TemplateSlot(String placeholder, PhiCategory phiCategory) {
        this.placeholder = placeholder;
        this.phiCategory = phiCategory;
    }

    PhiCategory phiCategory() {
        return phiCategory;
    }

    static TemplateSlot byName(String name, String template) {
        for (TemplateSlot slot : values()) {
            if (slot.placeholder.equals(name)) {
                return slot;
            }
        }
        throw new IllegalArgumentException("unknown slot {" + name + "} in template: " + template);
    }

    private static String serial(SplittableRandom random) {
        int prefix = 4 * random.nextInt(7);
        return SERIAL_PREFIXES.substring(prefix, prefix + 3) + PhiFormats.digits(random, 6)
                + (random.nextInt(3) == 0 ? "H" : "");
    }

    /** A fresh value; {@link SlotValues} keeps it so a finding and its impression agree. */
    String draw(SplittableRandom random, SlotValues context) {
        return switch (this) {
            case MM -> Integer.toString(4 + random.nextInt(24));
            case MM2 -> Integer.toString(2 + random.nextInt(8));
            case CM -> (1 + random.nextInt(8)) + "." + random.nextInt(10);
            case CM2 -> "0." + (5 + random.nextInt(5));
            case SIDE -> SIDES[random.nextInt(SIDES.length)];
            case LOBE -> LOBES[random.nextInt(LOBES.length)];
            case CLEVEL -> CERVICAL_LEVELS[random.nextInt(CERVICAL_LEVELS.length)];
            case LLEVEL -> LUMBAR_LEVELS[random.nextInt(LUMBAR_LEVELS.length)];
            case LVERT -> LUMBAR_VERTEBRAE[random.nextInt(LUMBAR_VERTEBRAE.length)];
            case SEG -> Integer.toString(2 + random.nextInt(7));
            case CLOCK -> Integer.toString(1 + random.nextInt(12));
            case DEPTH -> DEPTHS[random.nextInt(DEPTHS.length)];
            case CMFN -> Integer.toString(1 + random.nextInt(9));
            case PCT -> Integer.toString(50 + 5 * random.nextInt(9));
            case COUNT -> Integer.toString(2 + random.nextInt(4));
            case RIB -> RIBS[random.nextInt(RIBS.length)];
            case ML -> Integer.toString(10 + 5 * random.nextInt(30));
            case DATE -> PhiFormats.date(context.studyDate().minusDays(30 + random.nextInt(900)),
                    context.dateStyle());
            case SERIAL -> serial(random);
        };
    }
}
