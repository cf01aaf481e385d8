package org.xuefa.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups of whole documents by {@code _id} in one collection, asked for together: while one find is
 * in flight, the ids asked for meanwhile wait and go as one {@code {_id: {$in: [...]}}} (which both
 * stores answer from the {@code _id} index). Alone, a lookup goes at once; in a burst of 128 submits,
 * their reads of attempts, papers and people's records cost a few commands instead of hundreds.
 *
 * <p>A lookup is sent after everything its caller saw acknowledged, so it reads the caller's own
 * writes. Each answer is delivered on the caller's context; null when there is no such document.
 */
public final class ByIdReads {

  private final MongoClient mongo;
  private final String collection;
  private final Coalescer<Pending> reads;

  /**
   * {@code maxBatch}: how many documents one answer may carry. Keep it small for large documents: each
   * answer is a buffer of that size on both ends of the wire, and the pooled buffers it grew stay.
   */
  public ByIdReads(MongoClient mongo, String collection, int maxBatch) {
    this.mongo = mongo;
    this.collection = collection;
    this.reads = new Coalescer<>(maxBatch, this::read);
  }

  private record Pending(String id, Promise<JsonObject> answer, Context context) {}

  /** The document with this {@code _id}, or null. */
  public Future<JsonObject> get(String id) {
    Promise<JsonObject> answer = Promise.promise();
    reads.add(new Pending(id, answer, Vertx.currentContext()));
    return answer.future();
  }

  /** The documents with these ids that exist, in no particular order. */
  public Future<List<JsonObject>> getAll(List<String> ids) {
    List<Future<JsonObject>> each = new ArrayList<>(ids.size());
    ids.forEach(id -> each.add(get(id)));
    return Future.all(each).map(all -> {
      List<JsonObject> found = new ArrayList<>(ids.size());
      each.forEach(f -> {
        if (f.result() != null) {
          found.add(f.result());
        }
      });
      return found;
    });
  }

  private Future<?> read(List<Pending> batch) {
    Set<String> ids = new LinkedHashSet<>();
    batch.forEach(p -> ids.add(p.id()));
    JsonObject query = ids.size() == 1 ? new JsonObject().put("_id", ids.iterator().next())
        : new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(new ArrayList<>(ids))));
    return mongo.find(collection, query).andThen(ar -> {
      Map<String, JsonObject> found = new HashMap<>();
      if (ar.succeeded()) {
        ar.result().forEach(d -> found.put(d.getString("_id"), d));
      }
      // each caller gets its own copy: callers may change what they read
      Set<String> handedOut = new HashSet<>();
      for (Pending p : batch) {
        JsonObject doc = found.get(p.id());
        JsonObject mine = doc != null && !handedOut.add(p.id()) ? doc.copy() : doc;
        Deliver.on(p.context(), ar.succeeded() ? () -> p.answer().tryComplete(mine)
            : () -> p.answer().tryFail(ar.cause()));
      }
    });
  }
}
