package org.xuefa.search;

import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.law.Article;
import org.xuefa.law.LawRepository;
import org.xuefa.law.LawSummary;

/**
 * Every imported statute, article by article, read from the store at each rebuild. An article that
 * opens a chapter or section carries that heading's name as a keyword, so a search for a subject
 * (居住权, 诉讼时效) finds the article that introduces it before the ones that follow.
 */
public final class LawSearchSource implements SearchSource {

  public static final String TYPE = "law";

  private final LawRepository laws;

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
      List<Future<List<SearchDoc>>> perLaw = list.stream().map(this::docsOf).toList();
      return Future.all(perLaw).map(done -> {
        List<SearchDoc> all = new ArrayList<>();
        perLaw.forEach(f -> all.addAll(f.result()));
        return all;
      });
    });
  }

  private Future<List<SearchDoc>> docsOf(LawSummary law) {
    return laws.allArticles(law.slug()).map(articles -> docsOf(law.slug(), law.title(), articles));
  }

  /** One statute's articles as search documents; the benchmark uses it on parsed files directly. */
  public static List<SearchDoc> docsOf(String slug, String title, List<Article> articles) {
    List<SearchDoc> docs = new ArrayList<>(articles.size());
    List<String> previousPath = List.of();
    for (Article a : articles) {
      List<String> keywords = opensHeading(previousPath, a.path())
          ? List.of(headingName(a.path().get(a.path().size() - 1)))
          : List.of();
      String path = a.path().isEmpty() ? title : title + " › " + String.join(" › ", a.path());
      docs.add(new SearchDoc("law:" + slug + ":" + a.number(), TYPE, shortTitle(title) + a.label(),
          "/laws/" + slug + "/" + a.number(), a.text(), path, keywords, LawRank.boost(slug)));
      previousPath = a.path();
    }
    return docs;
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
