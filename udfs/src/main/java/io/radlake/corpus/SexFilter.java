package io.radlake.corpus;

/** Which patients an organ or finding applies to (a uterus needs a female patient). */
enum SexFilter {
    ANY, FEMALE, MALE;

    boolean admits(String patientSex) {
        return switch (this) {
            case ANY -> true;
            case FEMALE -> "F".equals(patientSex);
            case MALE -> "M".equals(patientSex);
        };
    }
}
