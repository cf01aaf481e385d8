package org.xuefa.search;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.xuefa.law.Article;
import org.xuefa.law.LawRepository;
import org.xuefa.law.LawSummary;

/**
 * Every imported statute, article by article, read from the store at each rebuild. An article that
 * opens a chapter or section carries that heading's name as a keyword, so a search for a subject
 * (居住权, 诉讼时效) finds the article that introduces it before the ones that follow; and a
 * statute's second article, the one that defines its subject or says what it governs (本法所称行政
 * 许可，是指…; 认为行政行为侵犯其合法权益，有权依照本法向人民法院提起诉讼), carries the statute's
 * subject (行政许可, 行政诉讼), so the defining article leads a search for the subject itself.
 */
public final class LawSearchSource implements SearchSource {

  public static final String TYPE = "law";
  /** Article 1 states a statute's purpose; article 2 defines its subject or scope. */
  static final int DEFINING_ARTICLE = 2;

  /** The passages of one import of a statute, known by when it was imported. */
  private record Imported(long importedAt, int articleCount, List<SearchDoc> docs) {}

  private final LawRepository laws;
  // the store read of every article (2,103 of them) is most of a rebuild's reading; a statute not
  // re-imported since the last rebuild is not read again
  private final Map<String, Imported> imported = new ConcurrentHashMap<>();

  public LawSearchSource(LawRepository laws) {
    this.laws = laws;
  }

  @Override
  public String name() {
    return TYPE;
  }

  @Override
  public Future<List<SearchDoc>> docs() {
    return laws.list().compose(list -> {
      imported.keySet().retainAll(list.stream().map(LawSummary::slug).toList());
      List<Future<List<SearchDoc>>> perLaw = list.stream().map(this::docsOf).toList();
      return Future.all(perLaw).map(done -> {
        List<SearchDoc> all = new ArrayList<>();
        perLaw.forEach(f -> all.addAll(f.result()));
        return all;
      });
    });
  }

  private Future<List<SearchDoc>> docsOf(LawSummary law) {
    Imported known = imported.get(law.slug());
    if (known != null && known.importedAt() == law.importedAt() && known.articleCount() == law.articleCount()) {
      return Future.succeededFuture(known.docs());
    }
    return laws.allArticles(law.slug()).map(articles -> {
      List<SearchDoc> docs = docsOf(law.slug(), law.title(), articles);
      if (articles.size() == law.articleCount()) {
        imported.put(law.slug(), new Imported(law.importedAt(), law.articleCount(), List.copyOf(docs)));
      }
      return docs;
    });
  }

  /** One statute's articles as search documents; the benchmark uses it on parsed files directly. */
  public static List<SearchDoc> docsOf(String slug, String title, List<Article> articles) {
    List<SearchDoc> docs = new ArrayList<>(articles.size());
    List<String> previousPath = List.of();
    String subject = subjectOf(title);
    for (Article a : articles) {
      List<String> keywords = new ArrayList<>(2);
      if (opensHeading(previousPath, a.path())) {
        keywords.add(headingName(a.path().get(a.path().size() - 1)));
      }
      if (a.number() == DEFINING_ARTICLE && !subject.isEmpty()) {
        keywords.add(subject);
      }
      String path = a.path().isEmpty() ? title : title + " › " + String.join(" › ", a.path());
      docs.add(new SearchDoc("law:" + slug + ":" + a.number(), TYPE, shortTitle(title) + a.label(),
          "/laws/" + slug + "/" + a.number(), a.text(), path, keywords, LawRank.boost(slug)));
      previousPath = a.path();
    }
    return docs;
  }

  /**
   * What a statute is about, from its title: 中华人民共和国行政诉讼法 → 行政诉讼, 民法典 → 民法,
   * 重大行政决策程序暂行条例 → 重大行政决策程序; empty when one character is left (宪法 → 宪).
   */
  static String subjectOf(String title) {
    String name = title.replaceFirst("^中华人民共和国", "");
    String s = name.endsWith("法典") ? name.substring(0, name.length() - 1) : name.replaceFirst("(暂行条例|条例|法)$", "");
    return s.length() >= 2 ? s : "";
  }

  private static boolean opensHeading(List<String> previous, List<String> current) {
    return !current.isEmpty() && !current.equals(previous);
  }

  /** "第二章 居住权" → "居住权". */
  static String headingName(String label) {
    int space = label.indexOf(' ');
    return space > 0 && label.startsWith("第") ? label.substring(space + 1) : label;
  }

  /** 《民法典》 rather than 中华人民共和国民法典, as people cite it. */
  static String shortTitle(String title) {
    return "《" + title.replaceFirst("^中华人民共和国", "") + "》";
  }
}
