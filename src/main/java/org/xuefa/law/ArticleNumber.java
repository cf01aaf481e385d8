package org.xuefa.law;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An article number as a URL or API call may give it: Arabic (1042, the canonical form), the label
 * (第一千零四十二条) or bare Chinese numerals (一千零四十二).
 *
 * @param number    the article number
 * @param canonical whether the text was already the plain Arabic number the URLs use
 */
public record ArticleNumber(int number, boolean canonical) {

    private static final Pattern ARABIC = Pattern.compile("[1-9][0-9]{0,3}");
    private static final int MAX_TEXT = 20;

    /** The number the text names, if it names one of 1..9999. */
    public static Optional<ArticleNumber> parse(String text) {
        if (text == null || text.length() > MAX_TEXT) {
            return Optional.empty();
        }
        if (ARABIC.matcher(text).matches()) {
            return Optional.of(new ArticleNumber(Integer.parseInt(text), true));
        }
        String s = text.strip();
        if (s.startsWith("第") && s.endsWith("条") && s.length() > 2) {
            s = s.substring(1, s.length() - 1);
        }
        try {
            int n = ChineseNumerals.parse(s);
            return n >= 1 ? Optional.of(new ArticleNumber(n, false)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
