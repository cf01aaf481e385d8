package org.xuefa.question;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The statutes a question may cite, by slug, with the names trainers type for them and the number of
 * articles of the version in {@code shared/laws}, so a typo such as 第1261条 of the Civil Code is caught
 * at import rather than on a learner's result page.
 */
public final class LawNames {

  /** One statute: its slug, the short name shown in titles, the official name and its article count. */
  public record Law(String slug, String shortName, String fullName, int articles, List<String> aliases) {}

  public static final List<Law> ALL = List.of(
      new Law("constitution", "宪法", "中华人民共和国宪法", 143, List.of()),
      new Law("civil-code", "民法典", "中华人民共和国民法典", 1260, List.of()),
      new Law("administrative-penalty-law", "行政处罚法", "中华人民共和国行政处罚法", 86, List.of()),
      new Law("administrative-licensing-law", "行政许可法", "中华人民共和国行政许可法", 83, List.of()),
      new Law("administrative-coercion-law", "行政强制法", "中华人民共和国行政强制法", 71, List.of()),
      new Law("administrative-reconsideration-law", "行政复议法", "中华人民共和国行政复议法", 90, List.of()),
      new Law("administrative-litigation-law", "行政诉讼法", "中华人民共和国行政诉讼法", 103, List.of()),
      new Law("state-compensation-law", "国家赔偿法", "中华人民共和国国家赔偿法", 42, List.of()),
      new Law("public-official-sanctions-law", "公职人员政务处分法", "中华人民共和国公职人员政务处分法", 68,
          List.of("政务处分法")),
      new Law("civil-servant-law", "公务员法", "中华人民共和国公务员法", 113, List.of()),
      new Law("major-administrative-decision-regulation", "重大行政决策程序暂行条例", "重大行政决策程序暂行条例", 44,
          List.of("重大行政决策条例", "重大行政决策程序条例")));

  private static final Map<String, Law> BY_SLUG = new HashMap<>();
  private static final Map<String, Law> BY_NAME = new HashMap<>();

  static {
    for (Law law : ALL) {
      BY_SLUG.put(law.slug(), law);
      BY_NAME.put(law.shortName(), law);
      BY_NAME.put(law.fullName(), law);
      law.aliases().forEach(a -> BY_NAME.put(a, law));
    }
  }

  private LawNames() {}

  public static Optional<Law> bySlug(String slug) {
    return Optional.ofNullable(BY_SLUG.get(slug));
  }

  /** Finds a statute by the name a person wrote: with or without 《》, 中华人民共和国 or a trailing （2021年修订）. */
  public static Optional<Law> byName(String name) {
    String n = name.strip().replace("《", "").replace("》", "")
        .replaceAll("[（(][^）)]*[）)]$", "").strip();
    Law law = BY_NAME.get(n);
    if (law == null && n.startsWith("中华人民共和国")) {
      law = BY_NAME.get(n.substring("中华人民共和国".length()));
    }
    return Optional.ofNullable(law);
  }
}
