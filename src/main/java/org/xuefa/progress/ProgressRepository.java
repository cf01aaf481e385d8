package org.xuefa.progress;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.xuefa.store.StoreErrors;

/**
 * What each person has read, in two collections addressed only by {@code _id} (the embedded store
 * scans on any other field): {@code readings} holds one document per person and item with first/last
 * read time and count; {@code progress} holds one summary per person with a set of ids per kind, so
 * "what have I read" is a single read.
 */
final class ProgressRepository {

  static final String READINGS = "readings";
  static final String PROGRESS = "progress";

  private final MongoClient mongo;

  ProgressRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  static String readingId(String username, String kind, String id) {
    return username + "|" + kind + "|" + id;
  }

  /** Counts one more reading of the item and adds it to the person's summary. */
  Future<Void> record(String username, String kind, String id, long now) {
    JsonObject reading = new JsonObject()
        .put("$setOnInsert", new JsonObject().put("username", username).put("kind", kind).put("item", id)
            .put("firstReadAt", now))
        .put("$set", new JsonObject().put("lastReadAt", now))
        .put("$inc", new JsonObject().put("count", 1));
    JsonObject summary = new JsonObject()
        .put("$addToSet", new JsonObject().put(kind, id))
        .put("$set", new JsonObject().put("updatedAt", now));
    return upsert(READINGS, readingId(username, kind, id), reading)
        .compose(v -> upsert(PROGRESS, username, summary));
  }

  /** The ids read per kind; empty sets for a person who has read nothing. */
  Future<Map<String, Set<String>>> readIds(String username, List<String> kinds) {
    return mongo.findOne(PROGRESS, new JsonObject().put("_id", username), null).map(doc -> {
      Map<String, Set<String>> out = new java.util.HashMap<>();
      for (String kind : kinds) {
        Set<String> ids = new LinkedHashSet<>();
        JsonArray arr = doc == null ? null : doc.getJsonArray(kind);
        if (arr != null) {
          arr.forEach(o -> ids.add(String.valueOf(o)));
        }
        out.put(kind, ids);
      }
      return out;
    });
  }

  /** The one document for an item, or null. */
  Future<JsonObject> reading(String username, String kind, String id) {
    return mongo.findOne(READINGS, new JsonObject().put("_id", readingId(username, kind, id)), null);
  }

  /** Two first upserts of one _id can race; the loser's retry finds the document and updates it. */
  private Future<Void> upsert(String collection, String id, JsonObject update) {
    Supplier<Future<Void>> once = () -> mongo.updateCollectionWithOptions(collection,
        new JsonObject().put("_id", id), update, new UpdateOptions().setUpsert(true)).mapEmpty();
    return once.get().recover(e -> StoreErrors.isDuplicateKey(e) ? once.get() : Future.failedFuture(e));
  }
}
