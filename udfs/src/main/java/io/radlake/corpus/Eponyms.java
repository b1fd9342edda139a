package io.radlake.corpus;

import java.util.List;

/** Clinical terms named after people. The library plants them; they are never PHI and never inside a span. */
final class Eponyms {

    static final List<String> ALL = List.of("Parkinson disease", "Hodgkin lymphoma", "Wilms tumor",
            "Crohn disease", "Baker cyst", "Hill-Sachs lesion", "Schmorl node");

    private Eponyms() {
    }
}
