package org.xuefa.law;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statutes Xuefa ships questions and topics for, in one table: what people call them, how many
 * articles the version in {@code shared/laws} has, and the order lists show them in. Topics and
 * questions are checked against it without the statute store, and a link to one of them that is not
 * imported yet tells the reader which file the administrator has to import, instead of a bare 404.
 */
public final class KnownStatutes {

  /**
   * One statute.
   *
   * @param slug      the file's base name, as in {@code law:SLUG:N}
   * @param shortName what people say and titles show, e.g. 宪法
   * @param fullName  the official title, e.g. 中华人民共和国宪法
   * @param articles  the number of its last article
   * @param aliases   other names trainers type for it
   */
  public record Statute(String slug, String shortName, String fullName, int articles, List<String> aliases) {

    public Statute {
      aliases = List.copyOf(aliases);
    }
  }

  private static final String PRC = "中华人民共和国";

  private static final List<Statute> ALL = List.of(
      new Statute("constitution", "宪法", "中华人民共和国宪法", 143, List.of()),
      new Statute("civil-code", "民法典", "中华人民共和国民法典", 1260, List.of()),
      new Statute("administrative-penalty-law", "行政处罚法", "中华人民共和国行政处罚法", 86, List.of()),
      new Statute("administrative-licensing-law", "行政许可法", "中华人民共和国行政许可法", 83, List.of()),
      new Statute("administrative-coercion-law", "行政强制法", "中华人民共和国行政强制法", 71, List.of()),
      new Statute("administrative-reconsideration-law", "行政复议法", "中华人民共和国行政复议法", 90, List.of()),
      new Statute("administrative-litigation-law", "行政诉讼法", "中华人民共和国行政诉讼法", 103, List.of()),
      new Statute("state-compensation-law", "国家赔偿法", "中华人民共和国国家赔偿法", 42, List.of()),
      new Statute("public-official-sanctions-law", "公职人员政务处分法", "中华人民共和国公职人员政务处分法", 68,
          List.of("政务处分法")),
      new Statute("civil-servant-law", "公务员法", "中华人民共和国公务员法", 113, List.of()),
      new Statute("major-administrative-decision-regulation", "重大行政决策程序暂行条例", "重大行政决策程序暂行条例", 44,
          List.of("重大行政决策条例", "重大行政决策程序条例")));

  private static final Map<String, Statute> BY_SLUG = new LinkedHashMap<>();
  private static final Map<String, Statute> BY_NAME = new HashMap<>();
  private static final List<String> ORDER = ALL.stream().map(Statute::slug).toList();

  static {
    for (Statute s : ALL) {
      BY_SLUG.put(s.slug(), s);
      BY_NAME.put(s.shortName(), s);
      BY_NAME.put(s.fullName(), s);
      s.aliases().forEach(a -> BY_NAME.put(a, s));
    }
  }

  private KnownStatutes() {
  }

  /** Every known statute, in the order lists show them. */
  public static List<Statute> all() {
    return ALL;
  }

  public static Optional<Statute> bySlug(String slug) {
    return Optional.ofNullable(BY_SLUG.get(slug));
  }

  /** Finds a statute by the name a person wrote: with or without 《》, 中华人民共和国 or a trailing （2021年修订）. */
  public static Optional<Statute> byName(String name) {
    String n = name.strip().replace("《", "").replace("》", "")
        .replaceAll("[（(][^）)]*[）)]$", "").strip();
    Statute found = BY_NAME.get(n);
    if (found == null && n.startsWith(PRC)) {
      found = BY_NAME.get(n.substring(PRC.length()));
    }
    return Optional.ofNullable(found);
  }

  /** The official title, e.g. 中华人民共和国宪法. */
  public static Optional<String> title(String slug) {
    return bySlug(slug).map(Statute::fullName);
  }

  /** "《宪法》第二十七条"; an unknown slug shows itself, a number beyond Chinese numerals its digits. */
  public static String label(String slug, int number) {
    String name = bySlug(slug).map(Statute::shortName).orElse(slug);
    String n = number >= 1 && number <= ChineseNumerals.MAX ? ChineseNumerals.format(number)
        : Integer.toString(number);
    return "《" + name + "》第" + n + "条";
  }

  /** Whether the article exists in the statute as the table knows it. */
  public static boolean exists(String slug, int number) {
    return bySlug(slug).map(s -> number >= 1 && number <= s.articles()).orElse(false);
  }

  /** Where the law goes in lists: the known statutes in the order above, anything else after them. */
  static int rank(String slug) {
    int i = ORDER.indexOf(slug);
    return i < 0 ? ORDER.size() : i;
  }

  /** What a reader sees for a slug that is not imported. */
  public static String notImportedMessage(String slug) {
    return title(slug)
        .map(t -> "《" + t + "》尚未导入：请系统管理员在“法规导入”页面导入 " + slug + ".md")
        .orElse("没有这部法律法规：" + slug);
  }
}
