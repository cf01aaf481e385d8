package org.xuefa.law;

import io.vertx.core.json.JsonObject;

/**
 * What a list of imported laws shows of each: its address, title, size and where it came from.
 *
 * @param slug         the law's slug, as in {@code law:SLUG:N}
 * @param title        the title, e.g. 中华人民共和国民法典
 * @param articleCount how many articles the current version has
 * @param importedAt   when the current version was imported, epoch milliseconds
 * @param sourceFile   the file name it was imported from, for display only
 */
public record LawSummary(String slug, String title, int articleCount, long importedAt, String sourceFile) {

  /** The element of {@code GET /api/laws}. */
  public JsonObject toJson() {
    return new JsonObject().put("slug", slug).put("title", title).put("articles", articleCount);
  }
}
