package org.xuefa.law;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.web.Times;

/** Turns laws and articles into the maps the law templates render; no I/O, so pages stay thin. */
final class LawViews {

  private LawViews() {
  }

  static String lawHref(String slug) {
    return "/laws/" + slug;
  }

  static String articleHref(String slug, int number) {
    return "/laws/" + slug + "/" + number;
  }

  static List<Map<String, Object>> list(List<LawSummary> laws) {
    return laws.stream().map(l -> Map.<String, Object>of(
        "slug", l.slug(), "title", l.title(), "articles", l.articleCount(), "href", lawHref(l.slug()),
        "importedAt", Times.minute(l.importedAt()), "sourceFile", l.sourceFile())).toList();
  }

  static Map<String, Object> outline(StoredLaw law) {
    Map<String, Object> m = new HashMap<>();
    m.put("title", law.title());
    m.put("slug", law.slug());
    m.put("articles", law.articleCount());
    m.put("notes", law.notes());
    m.put("preamble", law.preamble());
    m.put("headings", headings(law.slug(), law.headings()));
    // Mustache.java cannot test a list for emptiness, so each optional part gets a flag.
    m.put("hasNotes", !law.notes().isEmpty());
    m.put("hasPreamble", !law.preamble().isEmpty());
    m.put("hasHeadings", !law.headings().isEmpty());
    m.put("groups", groups(law));
    m.put("firstHref", articleHref(law.slug(), 1));
    m.put("importedAt", Times.minute(law.importedAt()));
    return m;
  }

  static Map<String, Object> article(LawArticle found) {
    StoredLaw law = found.law();
    Article a = found.article();
    Map<String, Object> m = new HashMap<>();
    m.put("title", law.title());
    m.put("lawHref", lawHref(law.slug()));
    m.put("number", a.number());
    m.put("label", a.label());
    m.put("paragraphs", a.paragraphs());
    m.put("crumbs", law.headingPath(a.number()).stream().map(h -> Map.of(
        "label", h.label(), "href", lawHref(law.slug()) + "#" + anchor(h))).toList());
    if (a.number() > 1) {
      m.put("prev", neighbour(law.slug(), a.number() - 1));
    }
    if (a.number() < law.articleCount()) {
      m.put("next", neighbour(law.slug(), a.number() + 1));
    }
    m.put("articles", law.articleCount());
    return m;
  }

  /** Unique within a law: headings of one level never start at the same article. */
  static String anchor(Heading h) {
    return "h" + h.level() + "-" + h.firstArticle();
  }

  private static Map<String, Object> neighbour(String slug, int number) {
    return Map.of("href", articleHref(slug, number), "label", Article.labelOf(number));
  }

  private static List<Map<String, Object>> headings(String slug, List<Heading> headings) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Heading h : headings) {
      Map<String, Object> m = new HashMap<>();
      m.put("label", h.label());
      m.put("anchor", anchor(h));
      m.put("range", range(h.firstArticle(), h.lastArticle()));
      m.put("href", articleHref(slug, h.firstArticle()));
      m.put("children", headings(slug, h.children()));
      m.put("hasChildren", !h.children().isEmpty());
      out.add(m);
    }
    return out;
  }

  private static String range(int first, int last) {
    return first == last ? "第" + first + "条" : "第" + first + "—" + last + "条";
  }

  /**
   * The article numbers grouped by the innermost heading over them, in document order; articles that
   * sit directly under a 编 or outside every heading form groups of their own, so none is left out.
   */
  private static List<Map<String, Object>> groups(StoredLaw law) {
    List<Map<String, Object>> out = new ArrayList<>();
    Heading current = null;
    List<Map<String, Object>> numbers = null;
    for (int n = 1; n <= law.articleCount(); n++) {
      List<Heading> path = law.headingPath(n);
      Heading innermost = path.isEmpty() ? null : path.get(path.size() - 1);
      if (numbers == null || innermost != current) {
        current = innermost;
        numbers = new ArrayList<>();
        Map<String, Object> group = new HashMap<>();
        group.put("label", path.isEmpty() ? (law.headings().isEmpty() ? "全部条文" : "其他条文")
            : String.join(" › ", path.stream().map(Heading::label).toList()));
        group.put("numbers", numbers);
        out.add(group);
      }
      numbers.add(Map.of("n", n, "href", articleHref(law.slug(), n)));
    }
    return out;
  }
}
