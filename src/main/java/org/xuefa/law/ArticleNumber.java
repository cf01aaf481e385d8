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

  private static final Pattern ARABIC = Pattern.compile("[0-9]{1,4}");
  private static final int MAX_TEXT = 20;

  /**
   * The number the text names, if it is a numeral of 0..9999; 0 is a number but no article, so callers
   * answer it "not found" rather than "not a number". Only the plain form ({@code 1042}, not
   * {@code 01042}) is canonical, so redirecting a non-canonical form never loops.
   */
  public static Optional<ArticleNumber> parse(String text) {
    if (text == null || text.length() > MAX_TEXT) {
      return Optional.empty();
    }
    if (ARABIC.matcher(text).matches()) {
      int n = Integer.parseInt(text);
      return Optional.of(new ArticleNumber(n, text.equals(Integer.toString(n))));
    }
    String s = text.strip();
    if (s.startsWith("第") && s.endsWith("条") && s.length() > 2) {
      s = s.substring(1, s.length() - 1);
    }
    try {
      return Optional.of(new ArticleNumber(ChineseNumerals.parse(s), false));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
