package io.radlake.deid;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The word lists surrogates are drawn from: resources under {@code io/radlake/deid/surrogates/}, one entry a line,
 * '#' comments and blank lines ignored. Immutable.
 *
 * @param states two-letter codes and names, same order
 */
record SurrogateLists(List<String> firstNames, List<String> lastNames, List<String> streetNames,
                      List<String> streetSuffixes, List<String> cities, List<String> stateCodes,
                      List<String> stateNames, List<String> institutions) {

    private static final String FOLDER = "surrogates/";

    SurrogateLists {
        firstNames = nonEmpty(firstNames, "first-names");
        lastNames = nonEmpty(lastNames, "last-names");
        streetNames = nonEmpty(streetNames, "street-names");
        streetSuffixes = nonEmpty(streetSuffixes, "street-suffixes");
        cities = nonEmpty(cities, "cities");
        stateCodes = nonEmpty(stateCodes, "state codes");
        stateNames = nonEmpty(stateNames, "state names");
        institutions = nonEmpty(institutions, "institutions");
        if (stateCodes.size() != stateNames.size()) {
            throw new IllegalArgumentException("state codes and names must pair up, got: " + stateCodes.size()
                    + " codes and " + stateNames.size() + " names");
        }
    }

    /** The lists shipped with radlake, read once per JVM (immutable, so sharing them is safe). */
    static SurrogateLists builtIn() {
        return BuiltIn.LISTS;
    }

    private static final class BuiltIn {
        static final SurrogateLists LISTS = load();
    }

    private static SurrogateLists load() {
        List<String> codes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String line : lines("states.txt")) {
            int comma = line.indexOf(',');
            if (comma != 2) {
                throw new IllegalStateException("states.txt lines must be CODE,Name, got a line of length "
                        + line.length());
            }
            codes.add(line.substring(0, 2));
            names.add(line.substring(3).trim());
        }
        return new SurrogateLists(lines("first-names.txt"), lines("last-names.txt"), lines("street-names.txt"),
                lines("street-suffixes.txt"), lines("cities.txt"), codes, names, lines("institutions.txt"));
    }

    private static List<String> lines(String name) {
        try (InputStream in = SurrogateLists.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/radlake/deid/" + FOLDER + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource io/radlake/deid/" + FOLDER + name, e);
        }
    }

    private static List<String> nonEmpty(List<String> values, String what) {
        // Two entries at least, so a surrogate can always differ from the original.
        if (values == null || values.size() < 2) {
            throw new IllegalArgumentException(what + " list needs at least 2 entries, got: "
                    + (values == null ? 0 : values.size()));
        }
        return List.copyOf(values);
    }
}
