package org.xuefa.law;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.web.HttpFailure;

/**
 * The {@code laws} and {@code law_articles} collections. A re-import writes the new version's articles
 * under new keys, then points the law document at them in one single-document write, then drops the
 * old version's articles: readers see the old law or the new one, never a mix, with no transaction.
 */
public final class LawRepository {

  static final String LAWS = "laws";
  static final String ARTICLES = "law_articles";

  private static final Logger log = LoggerFactory.getLogger(LawRepository.class);
  /** How long a node trusts its copy of a law document; another node's import shows after this. */
  private static final long CACHE_NANOS = 3_000_000_000L;
  private static final int WRITE_BATCH = 500;

  private final MongoClient mongo;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  private record Cached(StoredLaw law, long fetchedAt) {
  }

  /** What a replace found of the version it replaced. */
  record Replaced(boolean added, int previousCount, Map<Integer, String> previousHashes) {
  }

  public LawRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Every imported law, the well-known statutes first in their usual order, then by title. */
  public Future<List<LawSummary>> list() {
    FindOptions options = new FindOptions().setFields(new JsonObject()
        .put("title", 1).put("articleCount", 1).put("importedAt", 1).put("sourceFile", 1));
    return mongo.findWithOptions(LAWS, new JsonObject().put("currentVersion", new JsonObject().put("$exists", true)),
            options)
        .map(docs -> docs.stream().map(LawDocuments::summary)
            .sorted(Comparator.comparingInt((LawSummary s) -> KnownStatutes.rank(s.slug()))
                .thenComparing(LawSummary::title))
            .toList());
  }

  /** The current version of a law, from this node's short-lived cache when fresh. */
  public Future<Optional<StoredLaw>> find(String slug) {
    Cached c = cache.get(slug);
    if (c != null && System.nanoTime() - c.fetchedAt() < CACHE_NANOS) {
      return Future.succeededFuture(Optional.of(c.law()));
    }
    return fetch(slug);
  }

  /**
   * One article of the law's current version. A miss inside the law's range means another node
   * replaced the law since it was cached, so the law is read again once.
   */
  public Future<Optional<LawArticle>> article(String slug, int number) {
    return find(slug).compose(law -> law.isEmpty() ? Future.succeededFuture(Optional.empty())
        : articleOf(law.get(), number).compose(found -> found.isPresent() || !law.get().has(number)
            ? Future.succeededFuture(found)
            : fetch(slug).compose(fresh -> fresh.isEmpty() ? Future.succeededFuture(Optional.empty())
                : articleOf(fresh.get(), number))));
  }

  /** Every article of the current version in order; empty for a law that is not imported. */
  public Future<List<Article>> allArticles(String slug) {
    return find(slug).compose(law -> law.isEmpty() ? Future.succeededFuture(List.<Article>of())
        : articlesOf(law.get()).compose(list -> list.size() == law.get().articleCount()
            ? Future.succeededFuture(list)
            : fetch(slug).compose(fresh -> fresh.isEmpty() ? Future.succeededFuture(List.<Article>of())
                : articlesOf(fresh.get()))));
  }

  /** Replaces the law with a new version; see the class comment for the order of writes. */
  Future<Replaced> replace(PreparedLaw prepared, long importedAt) {
    String slug = prepared.law().slug();
    return allocateVersion(slug).compose(allocated -> {
      long version = allocated.getLong("lastVersion");
      Long previous = allocated.getLong("currentVersion");
      int previousCount = allocated.getInteger("articleCount", 0);
      Future<Map<Integer, String>> hashes = previous == null
          ? Future.succeededFuture(Map.of()) : hashesOf(slug, previous, previousCount);
      return hashes
          .compose(old -> writeArticles(prepared, version)
              .compose(v -> flip(prepared, version, importedAt))
              .compose(replaced -> dropVersion(slug, replaced.getLong("currentVersion"),
                  replaced.getInteger("articleCount", 0)))
              .map(v -> new Replaced(previous == null, previousCount, old)))
          .onComplete(r -> cache.remove(slug));
    });
  }

  private Future<Optional<StoredLaw>> fetch(String slug) {
    return mongo.findOne(LAWS, new JsonObject().put("_id", slug), null).map(doc -> {
      if (doc == null || doc.getValue("currentVersion") == null) {
        cache.remove(slug);
        return Optional.empty();
      }
      StoredLaw law = LawDocuments.storedLaw(doc);
      cache.put(slug, new Cached(law, System.nanoTime()));
      return Optional.of(law);
    });
  }

  private Future<Optional<LawArticle>> articleOf(StoredLaw law, int number) {
    if (!law.has(number)) {
      return Future.succeededFuture(Optional.empty());
    }
    JsonObject byId = new JsonObject().put("_id", LawDocuments.articleId(law.slug(), law.version(), number));
    return mongo.findOne(ARTICLES, byId, null)
        .map(doc -> Optional.ofNullable(doc).map(d -> new LawArticle(law, LawDocuments.article(d))));
  }

  private Future<List<Article>> articlesOf(StoredLaw law) {
    return mongo.find(ARTICLES, idsIn(law.slug(), law.version(), law.articleCount()))
        .map(docs -> docs.stream().map(LawDocuments::article)
            .sorted(Comparator.comparingInt(Article::number)).toList());
  }

  /**
   * Takes the next version number of the slug with one atomic increment, so two imports of the same
   * law never write articles under the same keys; creates a bare law document on a first import.
   */
  private Future<JsonObject> allocateVersion(String slug) {
    JsonObject update = new JsonObject().put("$inc", new JsonObject().put("lastVersion", 1));
    return mongo.findOneAndUpdateWithOptions(LAWS, new JsonObject().put("_id", slug), update,
        new FindOptions().setFields(new JsonObject()
            .put("lastVersion", 1).put("currentVersion", 1).put("articleCount", 1)),
        new UpdateOptions().setUpsert(true).setReturningNewDocument(true));
  }

  private Future<Map<Integer, String>> hashesOf(String slug, long version, int count) {
    FindOptions options = new FindOptions().setFields(new JsonObject().put("number", 1).put("textHash", 1));
    return mongo.findWithOptions(ARTICLES, idsIn(slug, version, count), options).map(docs -> {
      Map<Integer, String> hashes = new HashMap<>();
      docs.forEach(d -> hashes.put(d.getInteger("number"), d.getString("textHash")));
      return hashes;
    });
  }

  private Future<Void> writeArticles(PreparedLaw prepared, long version) {
    Law law = prepared.law();
    List<BulkOperation> batch = new ArrayList<>();
    Future<Void> chain = Future.succeededFuture();
    for (int i = 0; i < law.articleCount(); i++) {
      JsonObject doc = LawDocuments.articleDocument(law.slug(), version, law.articles().get(i),
          prepared.textHashes().get(i));
      // A replace keyed by _id rather than an insert: a retried import simply rewrites the same document.
      batch.add(BulkOperation.createReplace(new JsonObject().put("_id", doc.getString("_id")), doc, true));
      if (batch.size() == WRITE_BATCH || i == law.articleCount() - 1) {
        List<BulkOperation> ops = List.copyOf(batch);
        batch.clear();
        chain = chain.compose(v -> mongo.bulkWrite(ARTICLES, ops).mapEmpty());
      }
    }
    return chain;
  }

  /**
   * Points the law at the new version, unless a later import already did: then this version lost the
   * race, its articles go and the import fails instead of undoing the newer one. Answers the law
   * document as it was just before, whose version is the one this import actually replaced (another
   * import may have replaced the one read when the version was allocated).
   */
  private Future<JsonObject> flip(PreparedLaw prepared, long version, long importedAt) {
    Law law = prepared.law();
    JsonObject olderOrNone = new JsonObject().put("_id", law.slug()).put("$or", new JsonArray()
        .add(new JsonObject().put("currentVersion", new JsonObject().put("$exists", false)))
        .add(new JsonObject().put("currentVersion", new JsonObject().put("$lt", version))));
    JsonObject set = new JsonObject().put("$set",
        LawDocuments.lawFields(law, version, importedAt, prepared.sourceFile()));
    FindOptions before = new FindOptions().setFields(new JsonObject().put("currentVersion", 1).put("articleCount", 1));
    return mongo.findOneAndUpdateWithOptions(LAWS, olderOrNone, set, before,
            new UpdateOptions().setReturningNewDocument(false))
        .compose(replaced -> replaced != null ? Future.succeededFuture(replaced)
            : dropVersion(law.slug(), version, law.articleCount()).compose(v -> Future.failedFuture(
                HttpFailure.conflict("《" + law.title() + "》同时被另一次导入更新，本次导入已放弃"))));
  }

  /** Best effort: an article left behind is never read, since no law document points at its version. */
  private Future<Void> dropVersion(String slug, Long version, int count) {
    if (version == null || count == 0) {
      return Future.succeededFuture();
    }
    return mongo.removeDocuments(ARTICLES, idsIn(slug, version, count))
        .<Void>mapEmpty()
        .recover(e -> {
          log.warn("could not delete version {} of {} (harmless leftovers): {}", version, slug, e.getMessage());
          return Future.succeededFuture();
        });
  }

  private static JsonObject idsIn(String slug, long version, int count) {
    return new JsonObject().put("_id", new JsonObject()
        .put("$in", new JsonArray(new ArrayList<Object>(LawDocuments.articleIds(slug, version, count)))));
  }
}
