package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.Collection;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.xuefa.store.ByIdReads;
import org.xuefa.store.ConditionalUpdates;
import org.xuefa.store.PerKey;
import org.xuefa.store.StoreErrors;

/**
 * The wrong-answer book (错题本), one document per person ({@code wrongbook}, {@code _id} = username):
 * {@code items} questionId → {count, lastWrongAt, streak, lastSource}. A question leaves the book after
 * two right answers in a row in practice. {@code lastSource} makes adding the same exam's mistakes twice
 * a no-op.
 *
 * <p>Every change reads the book, changes it in memory and writes {@code items} whole on condition that
 * its version {@code v} is still the one read (a unique index on {_id, v}, so the embedded store finds
 * it by key); a change that lost the race reads again. One field written whole, not a dotted path per
 * question: the embedded store checks every pair of paths of an update against each other and compiles
 * regular expressions for each, which for an exam's forty mistakes cost more than the rest of the close.
 */
public final class WrongBook {

  static final String COLLECTION = "wrongbook";
  static final int STREAK_TO_LEAVE = 2;
  /** Question ids become field names here: only plain ids are used, never "." or "$". */
  private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int RETRIES = 8;

  private final MongoClient mongo;
  private final ByIdReads reads;
  /** Books changed together (a submit burst) are written in one bulk; each write still conditional on its version. */
  private final ConditionalUpdates writes;
  /** One change of a person's book at a time on this node: racing here would only make them re-read. */
  private final PerKey serial = new PerKey();

  public WrongBook(MongoClient mongo) {
    this.mongo = mongo;
    this.reads = new ByIdReads(mongo, COLLECTION, 32);
    this.writes = new ConditionalUpdates(mongo, COLLECTION, 32);
  }

  public Future<Void> ensureIndexes() {
    return mongo.createIndexWithOptions(COLLECTION, new JsonObject().put("_id", 1).put("v", 1),
        new IndexOptions().unique(true));
  }

  /** The person's items: questionId → {count, lastWrongAt, streak}. */
  public Future<JsonObject> items(String username) {
    return read(username).map(Book::items);
  }

  /** Adds the questions got wrong in one exam attempt or practice answer ({@code source}). */
  public Future<Void> addWrong(String username, Collection<String> questionIds, String source, long now) {
    if (questionIds.isEmpty()) {
      return Future.succeededFuture();
    }
    return change(username, items -> {
      JsonObject next = items.copy();
      boolean changed = false;
      for (String q : questionIds) {
        JsonObject item = items.getJsonObject(q);
        if (!SAFE_ID.matcher(q).matches() || (item != null && source.equals(item.getString("lastSource")))) {
          continue;
        }
        int count = item == null ? 1 : item.getInteger("count", 0) + 1;
        next.put(q, new JsonObject().put("count", count).put("lastWrongAt", now).put("streak", 0)
            .put("lastSource", source));
        changed = true;
      }
      return changed ? next : null;
    }).mapEmpty();
  }

  /** A right answer in practice: one step towards leaving the book. True when it left. */
  public Future<Boolean> practisedRight(String username, String questionId) {
    if (!SAFE_ID.matcher(questionId).matches()) {
      return Future.succeededFuture(false);
    }
    boolean[] left = new boolean[1];
    return change(username, items -> {
      JsonObject item = items.getJsonObject(questionId);
      if (item == null) {
        return null;
      }
      int streak = item.getInteger("streak", 0) + 1;
      JsonObject next = items.copy();
      left[0] = streak >= STREAK_TO_LEAVE;
      if (left[0]) {
        next.remove(questionId);
      } else {
        next.put(questionId, item.copy().put("streak", streak));
      }
      return next;
    }).map(changed -> changed && left[0]);
  }

  private record Book(boolean exists, Long version, JsonObject items) {}

  private Future<Book> read(String username) {
    return reads.get(username).map(d -> d == null
        ? new Book(false, null, new JsonObject())
        : new Book(true, d.getLong("v"), d.getJsonObject("items", new JsonObject())));
  }

  /**
   * Applies {@code edit} (null: nothing to change) to the items as read and writes them if nobody wrote
   * in between; true when something was written. One change per person at a time on this node.
   */
  private Future<Boolean> change(String username, UnaryOperator<JsonObject> edit) {
    return serial.run(username, () -> change(username, edit, RETRIES));
  }

  private Future<Boolean> change(String username, UnaryOperator<JsonObject> edit, int retries) {
    return read(username).compose(book -> {
      JsonObject next = edit.apply(book.items());
      if (next == null) {
        return Future.succeededFuture(false);
      }
      long version = book.version() == null ? 1 : book.version() + 1;
      Future<Boolean> written = book.exists()
          ? writes.update(new JsonObject().put("_id", username).put("v", book.version()),
              new JsonObject().put("$set", new JsonObject().put("items", next).put("v", version)))
          : mongo.insert(COLLECTION, new JsonObject().put("_id", username).put("v", version).put("items", next))
              .map(id -> true)
              .recover(e -> StoreErrors.isDuplicateKey(e) ? Future.succeededFuture(false) : Future.failedFuture(e));
      return written.compose(ok -> {
        if (ok) {
          return Future.succeededFuture(true);
        }
        return retries > 0 ? change(username, edit, retries - 1)
            : Future.failedFuture(new IllegalStateException("wrong-answer book of " + username + " kept changing"));
      });
    });
  }
}
