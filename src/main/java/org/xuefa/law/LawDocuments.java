package org.xuefa.law;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The store's shape of laws and articles: a {@code laws} document per slug, an article document per
 * {@code slug@version:n}; kept in one place so the repository only says what it reads and writes.
 */
final class LawDocuments {

  private LawDocuments() {
  }

  /** The {@code _id} of an article of one version, so every article lookup goes by key. */
  static String articleId(String slug, long version, int number) {
    return slug + "@" + version + ":" + number;
  }

  static List<String> articleIds(String slug, long version, int count) {
    List<String> ids = new ArrayList<>(count);
    for (int n = 1; n <= count; n++) {
      ids.add(articleId(slug, version, n));
    }
    return ids;
  }

  /** The fields of a law document a new version sets, {@code currentVersion} among them. */
  static JsonObject lawFields(Law law, long version, long importedAt, String sourceFile) {
    return new JsonObject()
        .put("title", law.title())
        .put("notes", new JsonArray(law.notes()))
        .put("preamble", new JsonArray(law.preamble()))
        .put("headings", headingsJson(law.headings()))
        .put("articleCount", law.articleCount())
        .put("currentVersion", version)
        .put("importedAt", importedAt)
        .put("sourceFile", sourceFile);
  }

  static StoredLaw storedLaw(JsonObject doc) {
    return new StoredLaw(doc.getString("_id"), doc.getString("title", ""),
        strings(doc.getJsonArray("notes")), strings(doc.getJsonArray("preamble")),
        headings(doc.getJsonArray("headings")), doc.getInteger("articleCount", 0),
        doc.getLong("currentVersion"), doc.getLong("importedAt", 0L), doc.getString("sourceFile", ""));
  }

  static LawSummary summary(JsonObject doc) {
    return new LawSummary(doc.getString("_id"), doc.getString("title", ""), doc.getInteger("articleCount", 0),
        doc.getLong("importedAt", 0L), doc.getString("sourceFile", ""));
  }

  static JsonObject articleDocument(String slug, long version, Article article, String textHash) {
    return new JsonObject()
        .put("_id", articleId(slug, version, article.number()))
        .put("slug", slug)
        .put("version", version)
        .put("number", article.number())
        .put("label", article.label())
        .put("path", new JsonArray(article.path()))
        .put("paragraphs", new JsonArray(article.paragraphs()))
        .put("textHash", textHash);
  }

  static Article article(JsonObject doc) {
    return new Article(doc.getInteger("number"), doc.getString("label"), strings(doc.getJsonArray("path")),
        strings(doc.getJsonArray("paragraphs")));
  }

  /** The heading tree as nested objects; also the shape {@code GET /api/laws/{slug}} answers. */
  static JsonArray headingsJson(List<Heading> headings) {
    JsonArray out = new JsonArray();
    for (Heading h : headings) {
      out.add(new JsonObject()
          .put("kind", h.kind())
          .put("level", h.level())
          .put("label", h.label())
          .put("firstArticle", h.firstArticle())
          .put("lastArticle", h.lastArticle())
          .put("children", headingsJson(h.children())));
    }
    return out;
  }

  static List<Heading> headings(JsonArray json) {
    List<Heading> out = new ArrayList<>();
    if (json == null) {
      return out;
    }
    for (int i = 0; i < json.size(); i++) {
      JsonObject h = json.getJsonObject(i);
      out.add(new Heading(h.getString("kind"), h.getInteger("level"), h.getString("label"),
          h.getInteger("firstArticle"), h.getInteger("lastArticle"), headings(h.getJsonArray("children"))));
    }
    return out;
  }

  /**
   * What tells two versions of an article apart: the SHA-256 of its paragraphs. Its place in the
   * outline is left out, so an article that only moved to another chapter counts as unchanged.
   */
  static String textHash(Article article) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(article.text().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static List<String> strings(JsonArray json) {
    List<String> out = new ArrayList<>();
    if (json != null) {
      for (int i = 0; i < json.size(); i++) {
        out.add(json.getString(i));
      }
    }
    return out;
  }
}
