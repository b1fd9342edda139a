package io.radlake.deid;

/**
 * Counts occurrences of a string as a whole token: one that starts (ends) with a letter or digit must not be
 * preceded (followed) by one, so "AME" is not in "[NAME]" nor "12345" in "9123456". The one definition of "the
 * same identifier appears again" for the surrogate check and for deid-eval's leak count.
 */
public final class WholeWords {
    private WholeWords() {}

    public static int count(String text, String value) {
        boolean checkBefore = Character.isLetterOrDigit(value.charAt(0));
        boolean checkAfter = Character.isLetterOrDigit(value.charAt(value.length() - 1));
        int count = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            int after = at + value.length();
            boolean cleanBefore = !checkBefore || at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean cleanAfter = !checkAfter || after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
            if (cleanBefore && cleanAfter) {
                count++;
            }
        }
        return count;
    }
}
