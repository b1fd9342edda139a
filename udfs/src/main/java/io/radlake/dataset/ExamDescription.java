package io.radlake.dataset;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The examination named in plain words for an instruction: "chest CT", "knee MRI", "abdomen ultrasound",
 * "chest radiograph", "mammogram", or modality or body part alone ("CT", "chest imaging"). Modality codes are the
 * DICOM ones the sources use (CR, DX, CT, MR, US, MG, NM, PT, RF, XA) plus common spellings; an unknown code counts
 * as unknown rather than being copied into the text, and so does a body part that is not a short plain word.
 */
public final class ExamDescription {

    private static final Map<String, String> MODALITY_NAMES = Map.ofEntries(
            Map.entry("CR", "radiograph"), Map.entry("DX", "radiograph"), Map.entry("XR", "radiograph"),
            Map.entry("X-RAY", "radiograph"), Map.entry("XRAY", "radiograph"), Map.entry("CT", "CT"),
            Map.entry("MR", "MRI"), Map.entry("MRI", "MRI"), Map.entry("US", "ultrasound"),
            Map.entry("ULTRASOUND", "ultrasound"), Map.entry("MG", "mammogram"), Map.entry("NM", "nuclear medicine"),
            Map.entry("PT", "PET"), Map.entry("PET", "PET"), Map.entry("RF", "fluoroscopy"),
            Map.entry("XA", "angiography"));
    private static final Pattern PLAIN_BODY_PART = Pattern.compile("[a-z]+(?:[ /][a-z]+){0,3}");

    private ExamDescription() {
    }

    /** The description, or empty when neither modality nor body part is known. */
    public static Optional<String> of(String modality, String bodyPart) {
        String modalityName = modality == null ? null : MODALITY_NAMES.get(modality.trim().toUpperCase(Locale.ROOT));
        String body = bodyPart(bodyPart);
        if ("mammogram".equals(modalityName)) {
            return Optional.of(modalityName); // "breast mammogram" says the same twice
        }
        if (modalityName != null) {
            return Optional.of(body == null ? modalityName : body + " " + modalityName);
        }
        return Optional.ofNullable(body == null ? null : body + " imaging");
    }

    private static String bodyPart(String bodyPart) {
        if (bodyPart == null) {
            return null;
        }
        String plain = bodyPart.trim().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return plain.length() <= 40 && PLAIN_BODY_PART.matcher(plain).matches() ? plain : null;
    }
}
