package org.xuefa.search;

import java.util.List;
import java.util.Objects;

/**
 * One passage to index, whatever its source: a report paragraph, a statute article, a topic, a
 * question, a responsibility item.
 *
 * @param id unique address such as "report:2-2-1", "law:civil-code:496", "topic:oath"
 * @param type source kind for filtering and facets: "report", "law", "topic", "question", …
 * @param title what a result line shows
 * @param url the page that shows the passage
 * @param text the whole passage as plain text
 * @param path context shown and searched with the title, e.g. law title and 编/章/节; may be ""
 * @param keywords extra search terms that are not in the text, e.g. a topic's tags
 * @param boost score multiplier for passages that define a subject (1 = neutral, kept in 0.1–10)
 */
public record SearchDoc(
    String id, String type, String title, String url, String text, String path,
    List<String> keywords, float boost) {

  public SearchDoc {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    if (id.isBlank() || type.isBlank()) {
      throw new IllegalArgumentException("a search document needs an id and a type");
    }
    title = title == null ? "" : title;
    url = url == null ? "" : url;
    text = text == null ? "" : text;
    path = path == null ? "" : path;
    keywords = keywords == null ? List.of() : List.copyOf(keywords);
    boost = Float.isFinite(boost) && boost > 0 ? Math.max(0.1f, Math.min(10f, boost)) : 1f;
  }

  /** A document with no path, no keywords and a neutral boost. */
  public static SearchDoc of(String id, String type, String title, String url, String text) {
    return new SearchDoc(id, type, title, url, text, "", List.of(), 1f);
  }

  public SearchDoc withPath(String newPath) {
    return new SearchDoc(id, type, title, url, text, newPath, keywords, boost);
  }

  public SearchDoc withKeywords(List<String> newKeywords) {
    return new SearchDoc(id, type, title, url, text, path, newKeywords, boost);
  }

  public SearchDoc withBoost(float newBoost) {
    return new SearchDoc(id, type, title, url, text, path, keywords, newBoost);
  }
}
