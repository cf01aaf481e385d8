package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The wrong-answer book (错题本), one document per person ({@code wrongbook}, {@code _id} = username):
 * questionId → {count, lastWrongAt, streak, lastSource}. A question leaves the book after two right
 * answers in a row in practice. {@code lastSource} makes adding the same exam's mistakes twice a no-op.
 */
public final class WrongBook {

  static final String COLLECTION = "wrongbook";
  static final int STREAK_TO_LEAVE = 2;
  /** Question ids become field names here: only plain ids are used, never "." or "$". */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private final MongoClient mongo;

  public WrongBook(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** The person's items: questionId → {count, lastWrongAt, streak}. */
  public Future<JsonObject> items(String username) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", username), null)
        .map(d -> d == null ? new JsonObject() : d.getJsonObject("items", new JsonObject()));
  }

  /** Adds the questions got wrong in one exam attempt or practice answer ({@code source}). */
  public Future<Void> addWrong(String username, Collection<String> questionIds, String source, long now) {
    if (questionIds.isEmpty()) {
      return Future.succeededFuture();
    }
    return items(username).compose(items -> {
      JsonObject inc = new JsonObject();
      JsonObject set = new JsonObject();
      for (String q : questionIds) {
        JsonObject item = items.getJsonObject(q);
        if (!SAFE_ID.matcher(q).matches() || (item != null && source.equals(item.getString("lastSource")))) {
          continue;
        }
        inc.put("items." + q + ".count", 1);
        set.put("items." + q + ".lastWrongAt", now).put("items." + q + ".streak", 0)
            .put("items." + q + ".lastSource", source);
      }
      if (inc.isEmpty()) {
        return Future.succeededFuture();
      }
      return mongo.updateCollectionWithOptions(COLLECTION, new JsonObject().put("_id", username),
          new JsonObject().put("$inc", inc).put("$set", set), new UpdateOptions().setUpsert(true)).mapEmpty();
    });
  }

  /** A right answer in practice: one step towards leaving the book. True when it left. */
  public Future<Boolean> practisedRight(String username, String questionId) {
    if (!SAFE_ID.matcher(questionId).matches()) {
      return Future.succeededFuture(false);
    }
    return items(username).compose(items -> {
      JsonObject item = items.getJsonObject(questionId);
      if (item == null) {
        return Future.succeededFuture(false);
      }
      int streak = item.getInteger("streak", 0) + 1;
      JsonObject update = streak >= STREAK_TO_LEAVE
          ? new JsonObject().put("$unset", new JsonObject().put("items." + questionId, ""))
          : new JsonObject().put("$set", new JsonObject().put("items." + questionId + ".streak", streak));
      return mongo.updateCollection(COLLECTION, new JsonObject().put("_id", username), update)
          .map(r -> streak >= STREAK_TO_LEAVE);
    });
  }
}
