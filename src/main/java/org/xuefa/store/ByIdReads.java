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
  private List<Pending> pending = new ArrayList<>();
  private boolean reading;

  public ByIdReads(MongoClient mongo, String collection) {
    this.mongo = mongo;
    this.collection = collection;
  }

  private record Pending(String id, Promise<JsonObject> answer, Context context) {
    void deliver(JsonObject doc, Throwable failure) {
      Runnable r = failure == null ? () -> answer.tryComplete(doc) : () -> answer.tryFail(failure);
      if (context == null || context == Vertx.currentContext()) {
        r.run();
      } else {
        context.runOnContext(v -> r.run());
      }
    }
  }

  /** The document with this {@code _id}, or null. */
  public Future<JsonObject> get(String id) {
    Promise<JsonObject> answer = Promise.promise();
    boolean start;
    synchronized (this) {
      pending.add(new Pending(id, answer, Vertx.currentContext()));
      start = !reading;
      reading = true;
    }
    if (start) {
      read();
    }
    return answer.future();
  }

  private void read() {
    List<Pending> batch;
    synchronized (this) {
      if (pending.isEmpty()) {
        reading = false;
        return;
      }
      batch = pending;
      pending = new ArrayList<>();
    }
    Set<String> ids = new LinkedHashSet<>();
    batch.forEach(p -> ids.add(p.id()));
    JsonObject query = ids.size() == 1 ? new JsonObject().put("_id", ids.iterator().next())
        : new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(new ArrayList<>(ids))));
    mongo.find(collection, query).onComplete(ar -> {
      Map<String, JsonObject> found = new HashMap<>();
      if (ar.succeeded()) {
        ar.result().forEach(d -> found.put(d.getString("_id"), d));
      }
      // each caller gets its own copy: callers may change what they read
      Set<String> handedOut = new HashSet<>();
      for (Pending p : batch) {
        JsonObject doc = found.get(p.id());
        if (doc != null && !handedOut.add(p.id())) {
          doc = doc.copy();
        }
        p.deliver(doc, ar.succeeded() ? null : ar.cause());
      }
      read();
    });
  }
}
