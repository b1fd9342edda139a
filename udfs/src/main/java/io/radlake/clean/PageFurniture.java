package io.radlake.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes page furniture from multi-page exports: page markers ("Page 2 of 3", "- 2 -", form feeds,
 * "(continued)") and the running header and footer lines repeated at the top or bottom of every page. Text
 * without page breaks is returned unchanged: without them a repeated line cannot be told from content.
 */
final class PageFurniture {

    /** Lines looked at for a running header (first lines of a page) or footer (last lines). */
    private static final int EDGE_LINES = 3;

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|[\n\r\u2028\u2029\u0085]");

    private static final Pattern PAGE_MARKER = Pattern.compile(
            "[\\W_]{0,5}page\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?[\\W_]{0,5}"
                    + "|.{0,120}?\\s{2,}page\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?\\s*"
                    + "|-\\s*\\d{1,4}\\s*-"
                    + "|[\\W_]{0,5}(?:\\(?continued\\)?|continued (?:on|from) (?:next|previous|the next|the previous) page)[\\W_]{0,5}",
            Pattern.CASE_INSENSITIVE);

    private PageFurniture() {
    }

    static String remove(String text) {
        List<String> lines = new ArrayList<>();
        List<Boolean> breaks = new ArrayList<>();
        boolean anyBreak = false;
        for (String line : LINE_BREAK.split(text, -1)) {
            int from = 0;
            for (int ff = line.indexOf('\f'); ff >= 0; ff = line.indexOf('\f', from)) {
                lines.add(line.substring(from, ff));
                breaks.add(false);
                lines.add("");
                breaks.add(true);
                anyBreak = true;
                from = ff + 1;
            }
            String rest = line.substring(from);
            boolean marker = mayBeMarker(rest) && PAGE_MARKER.matcher(rest.trim()).matches();
            lines.add(marker ? "" : rest);
            breaks.add(marker);
            anyBreak |= marker;
        }
        if (!anyBreak) {
            return text;
        }
        Set<Integer> furniture = repeatedEdgeLines(lines, breaks);
        List<String> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (!breaks.get(i) && !furniture.contains(i)) {
                kept.add(lines.get(i));
            } else if (i > 0 && i < lines.size() - 1) {
                kept.add(""); // a page break also ends a paragraph
            }
        }
        return Lines.join(kept);
    }

    /** Cheap filter before the regex: short lines mentioning a page, "continued", or starting with "-". */
    private static boolean mayBeMarker(String line) {
        if (line.isEmpty() || line.length() > 160) {
            return false;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("page") || lower.contains("continued") || lower.trim().startsWith("-");
    }

    /** Indices of lines near page edges whose text (digits ignored) recurs at an edge of another page. */
    private static Set<Integer> repeatedEdgeLines(List<String> lines, List<Boolean> breaks) {
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> page = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (breaks.get(i)) {
                pages.add(page);
                page = new ArrayList<>();
            } else if (!lines.get(i).isBlank()) {
                page.add(i);
            }
        }
        pages.add(page);
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        Map<String, List<Integer>> linesByKey = new HashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Integer> nonBlank = pages.get(p);
            Set<Integer> edges = new HashSet<>();
            for (int k = 0; k < Math.min(EDGE_LINES, nonBlank.size()); k++) {
                edges.add(nonBlank.get(k));
                edges.add(nonBlank.get(nonBlank.size() - 1 - k));
            }
            for (int index : edges) {
                String line = lines.get(index);
                SectionHeaders.Header header = SectionHeaders.parse(line.trim());
                if (header != null && header.kind() != SectionKind.OTHER) {
                    continue; // never drop a section header, even one repeated on each page
                }
                String key = key(line);
                pagesByKey.computeIfAbsent(key, x -> new HashSet<>()).add(p);
                linesByKey.computeIfAbsent(key, x -> new ArrayList<>()).add(index);
            }
        }
        Set<Integer> furniture = new HashSet<>();
        for (Map.Entry<String, Set<Integer>> entry : pagesByKey.entrySet()) {
            if (entry.getValue().size() >= 2) {
                furniture.addAll(linesByKey.get(entry.getKey()));
            }
        }
        return furniture;
    }

    /** Case, spacing and digits ignored: "Printed 03/04/2019 10:22" on every page is one running line. */
    private static String key(String line) {
        return line.trim().replaceAll("\\s+", " ").replaceAll("\\d", "#").toLowerCase(Locale.ROOT);
    }
}
