package io.itplan.core.plan;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Step and stand-in ids: lower-case letters, digits and dashes, starting with a letter, at most 63
 * characters — a form every CI engine accepts as a job name. Module ids may be anything, so they are
 * turned into such slugs and made unique with a numeric suffix.
 */
public final class PlanIds {
    public static final Pattern ID = Pattern.compile("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$");
    private static final int MAX = 63;
    /** Made once: a plan names a stand-in or a step after every module, tens of thousands of slugs. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern DASHES_AT_ENDS = Pattern.compile("^-+|-+$");
    private static final Pattern DASHES_AT_END = Pattern.compile("-+$");

    private PlanIds() {}

    public static boolean isValid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * {@code prefix-slug(text)}, unique among {@code taken} (which it joins). {@code prefix} must itself be
     * a valid id.
     */
    public static String unique(String prefix, String text, Set<String> taken) {
        String base = prefix + "-" + slug(text);
        base = trim(base, MAX);
        String id = base;
        for (int i = 2; !taken.add(id); i++) {
            String suffix = "-" + i;
            id = trim(base, MAX - suffix.length()) + suffix;
        }
        return id;
    }

    static String slug(String text) {
        String ascii =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        String s = DASHES_AT_ENDS
                .matcher(NOT_LETTERS_OR_DIGITS
                        .matcher(ascii.toLowerCase(Locale.ROOT))
                        .replaceAll("-"))
                .replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    private static String trim(String s, int max) {
        String t = s.length() > max ? s.substring(0, max) : s;
        return DASHES_AT_END.matcher(t).replaceAll("");
    }
}
