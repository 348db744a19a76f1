package io.itplan.app.text;

import java.util.Locale;

/**
 * Counted nouns in English, the same in the app and on the command line: {@code 1 step}, {@code 2 steps},
 * {@code 1 dependency}, {@code 3 dependencies}.
 */
public final class Plural {
    private Plural() {}

    /** {@code n} and the noun, singular for exactly one. */
    public static String count(long n, String singular) {
        return n + " " + noun(n, singular);
    }

    /** {@code n} and the noun, with an irregular plural. */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The noun alone, singular for exactly one. */
    public static String noun(long n, String singular) {
        return n == 1 ? singular : plural(singular);
    }

    /** The regular English plural of a noun. */
    public static String plural(String singular) {
        String s = singular.toLowerCase(Locale.ROOT);
        if (s.endsWith("y") && s.length() > 1 && "aeiou".indexOf(s.charAt(s.length() - 2)) < 0) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        if (s.endsWith("s") || s.endsWith("x") || s.endsWith("ch") || s.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }
}
