package org.xuefa.law;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a statute, classified by what it opens: an article, a heading, the preamble, a table of
 * contents, or plain text; Markdown marks (#, >, **) are stripped so plain text reads the same way.
 *
 * @param type      what the line is
 * @param kind      for headings, 编 / 分编 / 章 / 节 / 附则; otherwise empty
 * @param number    the article or heading number, 0 when there is none
 * @param text      for articles, the text after the label; for headings, the normalized label;
 *                  otherwise the stripped line
 * @param hashes    how many leading # the line had (0 for plain text)
 */
record StatuteLine(Type type, String kind, int number, String text, int hashes) {

  /** What a line opens. */
  enum Type { BLANK, ARTICLE, HEADING, PREAMBLE, CONTENTS, TEXT }

  /** Kind of the one unnumbered heading statutes use, 附  则 at the end of the civil code. */
  static final String SUPPLEMENTARY = "附则";

  private static final String SPACE = "[\\s\\p{Z}\\u200B\\uFEFF]";
  private static final String NUMERAL = "([" + ChineseNumerals.CHARACTERS + "]+)";
  private static final Pattern ARTICLE = Pattern.compile(
      "(?:\\*\\*)?第" + NUMERAL + "条(?:\\*\\*)?(?:" + SPACE + "+(.*))?");
  private static final Pattern HEADING = Pattern.compile(
      "(?:\\*\\*)?第" + NUMERAL + "(分编|编|章|节)(?:\\*\\*)?(?:" + SPACE + "+(.*))?");
  /** A heading name is short and is no sentence; longer lines starting 第X章 are body text. */
  private static final int MAX_NAME_LENGTH = 40;
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[。；;：:！？]");

  /** Classifies a raw line; numerals that do not parse leave the line as text. */
  static StatuteLine of(String raw) {
    String line = strip(raw);
    int hashes = 0;
    while (hashes < line.length() && line.charAt(hashes) == '#') {
      hashes++;
    }
    String content = strip(line.substring(hashes));
    while (content.startsWith(">")) {
      content = strip(content.substring(1));
    }
    if (content.isEmpty()) {
      return new StatuteLine(Type.BLANK, "", 0, content, hashes);
    }
    StatuteLine classified = article(content, hashes);
    if (classified == null) {
      classified = heading(content, hashes);
    }
    return classified != null ? classified : unnumbered(content, hashes);
  }

  boolean is(Type t) {
    return type == t;
  }

  /** Trims every kind of space statutes use, ideographic and EN spaces included. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  /**
   * Normalizes a name: spaces between two Han characters are typographic letter-spacing (监  护,
   * 附  则) and go; any other run of spaces becomes one ASCII space.
   */
  static String normalizeName(String s) {
    String t = strip(s);
    StringBuilder out = new StringBuilder(t.length());
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
        i++;
        continue;
      }
      int j = i;
      while (j < t.length() && isSpace(t.charAt(j))) {
        j++;
      }
      if (!(isHan(t.charAt(i - 1)) && isHan(t.charAt(j)))) {
        out.append(' ');
      }
      i = j;
    }
    return out.toString();
  }

  private static StatuteLine article(String content, int hashes) {
    Matcher m = ARTICLE.matcher(content);
    if (!m.matches()) {
      return null;
    }
    Integer number = numberOf(m.group(1));
    String rest = m.group(2) == null ? "" : strip(m.group(2));
    return number == null ? null : new StatuteLine(Type.ARTICLE, "", number, rest, hashes);
  }

  private static StatuteLine heading(String content, int hashes) {
    Matcher m = HEADING.matcher(content);
    if (!m.matches()) {
      return null;
    }
    Integer number = numberOf(m.group(1));
    String name = m.group(3) == null ? "" : normalizeName(m.group(3));
    boolean looksLikeName = name.length() <= MAX_NAME_LENGTH && !SENTENCE_PUNCTUATION.matcher(name).find();
    // Without a # mark, only a named heading is told apart from text that starts with 第X章.
    if (number == null || number == 0 || !looksLikeName || (name.isEmpty() && hashes == 0)) {
      return null;
    }
    String kind = m.group(2);
    String label = "第" + ChineseNumerals.format(number) + kind + (name.isEmpty() ? "" : " " + name);
    return new StatuteLine(Type.HEADING, kind, number, label, hashes);
  }

  private static StatuteLine unnumbered(String content, int hashes) {
    String compact = content.replaceAll(SPACE + "+", "");
    return switch (compact) {
      case SUPPLEMENTARY -> new StatuteLine(Type.HEADING, SUPPLEMENTARY, 0, SUPPLEMENTARY, hashes);
      case "序言" -> new StatuteLine(Type.PREAMBLE, "", 0, compact, hashes);
      case "目录" -> new StatuteLine(Type.CONTENTS, "", 0, compact, hashes);
      default -> new StatuteLine(Type.TEXT, "", 0, content, hashes);
    };
  }

  private static Integer numberOf(String numeral) {
    try {
      return ChineseNumerals.parse(numeral);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }

  private static boolean isHan(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
  }
}
