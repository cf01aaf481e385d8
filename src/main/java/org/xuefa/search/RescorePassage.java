package org.xuefa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What re-ranking reads of one passage, normalised and split into sentences once, when the index
 * is opened, rather than at every query: its sentences, each also without its citations, which
 * sentences state a number, its title and headings, and its document weight.
 */
final class RescorePassage {

  static final RescorePassage EMPTY = new RescorePassage(new String[0], new String[0], new byte[0], "", "", 1f);

  static final byte REPORTED_FACT = 1;
  static final byte ANY_NUMBER = 2;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;\\n]");
  /** A list item of a statute, "(一)…" once normalised. */
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*\\([一二三四五六七八九十]+\\)");
  private static final Pattern CITATION = Pattern.compile("《[^《》]{1,60}》");
  private static final String NUMERAL = "(\\d+(\\.\\d+)?|[零〇一二三四五六七八九十百千万两]+)";
  /** A reported fact: a count in digits with its measure word, as the report states them. */
  private static final Pattern FACT = Pattern.compile(
      "\\d+(\\.\\d+)?\\s*(%|个|名|件|项|次|人|家|份|起|期|类|处|万元|元|学时|小时|日|天|年)|共计|共有");
  /** Any stated number: the statutes' too (二十日, 三千元, 四个等次, 百分之二十). */
  private static final Pattern NUMBER = Pattern.compile(
      FACT.pattern() + "|" + NUMERAL + "个?(月|日|天|年|周岁|名|人|元|倍|项|次)|" + NUMERAL + "个|百分之");

  final String[] sentences;
  /** The sentence with every 《…》 citation blanked; the same instance when it cites nothing. */
  final String[] own;
  final byte[] numbers;
  final String title;
  final String headings;
  final float weight;

  private RescorePassage(String[] sentences, String[] own, byte[] numbers, String title, String headings,
      float weight) {
    this.sentences = sentences;
    this.own = own;
    this.numbers = numbers;
    this.title = title;
    this.headings = headings;
    this.weight = weight;
  }

  /** From the normalised text, title and headings (path) of a passage. */
  static RescorePassage of(String normalizedText, String normalizedTitle, String normalizedHeadings, float weight) {
    List<String> list = sentences(normalizedText == null ? "" : normalizedText);
    String[] sentences = list.toArray(new String[0]);
    String[] own = new String[sentences.length];
    byte[] numbers = new byte[sentences.length];
    for (int i = 0; i < sentences.length; i++) {
      String stripped = CITATION.matcher(sentences[i]).replaceAll(" ");
      own[i] = stripped.equals(sentences[i]) ? sentences[i] : stripped;
      numbers[i] = (byte) ((FACT.matcher(sentences[i]).find() ? REPORTED_FACT : 0)
          | (NUMBER.matcher(sentences[i]).find() ? ANY_NUMBER : 0));
    }
    return new RescorePassage(sentences, own, numbers, normalizedTitle == null ? "" : normalizedTitle,
        normalizedHeadings == null ? "" : normalizedHeadings, weight > 0 ? weight : 1f);
  }

  /**
   * The passage's sentences; a list item ("(二)记过，十二个月") carries the clause that introduces
   * the list ("政务处分的期间为:"), since the item alone does not say what it lists.
   */
  static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    String lead = "";
    for (String s : SENTENCE_END.split(text)) {
      if (s.isBlank()) {
        continue;
      }
      if (LIST_ITEM.matcher(s).find()) {
        out.add(lead + s);
        continue;
      }
      int colon = s.indexOf(':');
      lead = colon >= 0 && (s.stripTrailing().endsWith(":") || LIST_ITEM.matcher(s.substring(colon + 1)).find())
          ? s.substring(0, colon + 1) : "";
      out.add(s);
    }
    return out;
  }
}
