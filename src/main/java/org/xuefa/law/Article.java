package org.xuefa.law;

import java.util.List;

/**
 * One article (条) of a statute with its paragraphs (款, and items 项 as their own paragraphs).
 *
 * @param number     the article number, 1-based
 * @param label      the official label, e.g. 第一千零四十二条
 * @param path       labels of the headings that contain the article, outermost first
 * @param paragraphs the paragraphs; the first one without the leading label
 */
public record Article(int number, String label, List<String> path, List<String> paragraphs) {

  public Article {
    path = List.copyOf(path);
    paragraphs = List.copyOf(paragraphs);
  }

  /** The label for an article number, e.g. 42 → 第四十二条. */
  public static String labelOf(int number) {
    return "第" + ChineseNumerals.format(number) + "条";
  }

  /** The paragraphs joined by newlines. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
