package org.xuefa.content;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.xuefa.law.ChineseNumerals;

/**
 * The statutes topics may cite, with the short titles people say and their article counts, kept here
 * as a small table so that topics load and validate without the statute store.
 */
public final class LawTitles {

  /** A citable statute: its short title (宪法) and the number of its last article. */
  public record LawTitle(String slug, String shortTitle, int articles) {}

  private static final Map<String, LawTitle> TITLES = new LinkedHashMap<>();

  static {
    add("constitution", "宪法", 143);
    add("civil-code", "民法典", 1260);
    add("administrative-penalty-law", "行政处罚法", 86);
    add("administrative-licensing-law", "行政许可法", 83);
    add("administrative-coercion-law", "行政强制法", 71);
    add("administrative-reconsideration-law", "行政复议法", 90);
    add("administrative-litigation-law", "行政诉讼法", 103);
    add("state-compensation-law", "国家赔偿法", 42);
    add("public-official-sanctions-law", "公职人员政务处分法", 68);
    add("civil-servant-law", "公务员法", 113);
    add("major-administrative-decision-regulation", "重大行政决策程序暂行条例", 44);
  }

  private LawTitles() {}

  private static void add(String slug, String shortTitle, int articles) {
    TITLES.put(slug, new LawTitle(slug, shortTitle, articles));
  }

  public static Optional<LawTitle> of(String slug) {
    return Optional.ofNullable(TITLES.get(slug));
  }

  /** Every known statute, in the order above. */
  public static java.util.Collection<LawTitle> all() {
    return TITLES.values();
  }

  /** "《宪法》第二十七条"; an unknown slug shows itself. */
  public static String label(String slug, int number) {
    String title = of(slug).map(LawTitle::shortTitle).orElse(slug);
    String n = number >= 1 && number <= ChineseNumerals.MAX ? ChineseNumerals.format(number) : Integer.toString(number);
    return "《" + title + "》第" + n + "条";
  }

  /** Whether the article exists in the statute as the table knows it. */
  static boolean exists(String slug, int number) {
    return of(slug).map(t -> number >= 1 && number <= t.articles()).orElse(false);
  }
}
