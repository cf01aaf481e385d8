package org.xuefa.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.BulkWriteOptions;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Conditional updates of single documents by {@code _id} ({_id, status: in_progress} → closed, and
 * the like) whose callers must know whether theirs matched, sent together: while one bulk is in
 * flight, the updates that arrive wait and go as one unordered bulk. A bulk answers only how many
 * matched in all; so each update also sets {@link #TOKEN} to a value of its own, and when fewer
 * matched than were sent the documents are read back by {@code _id}: an update matched when its
 * token is there. In a burst of 128 submits this is a few commands instead of 128 per step.
 *
 * <p>Two updates of the same document never share a bulk (the second could overwrite the first's
 * token): the later one goes in a bulk of its own right after. If a bulk fails (the store away, or a
 * write error among its updates, the others applied), the read-back tells which were applied and the
 * rest go one by one, each with its own answer. The token field is this class's own: no reader of
 * the documents looks at it, and no other write sets it.
 */
public final class ConditionalUpdates {

  /** The field each update stamps with its own value. */
  public static final String TOKEN = "_op";

  private static final String NODE = UUID.randomUUID().toString().substring(0, 8) + "-";
  private static final AtomicLong SEQUENCE = new AtomicLong();

  private final MongoClient mongo;
  private final String collection;
  private final Coalescer<Pending> updates;

  public ConditionalUpdates(MongoClient mongo, String collection, int maxBatch) {
    this.mongo = mongo;
    this.collection = collection;
    this.updates = new Coalescer<>(maxBatch, this::send);
  }

  private record Pending(String id, JsonObject filter, JsonObject update, String token, Promise<Boolean> matched,
      Context context) {}

  /**
   * Applies {@code update} (operators; its {@code $set} gains the token) to the document matching
   * {@code filter}, which names the document's {@code _id} (and whatever condition); true when it matched.
   */
  public Future<Boolean> update(JsonObject filter, JsonObject update) {
    String id = filter.getString("_id");
    if (id == null) {
      throw new IllegalArgumentException("a conditional update names its document's _id: " + filter.encode());
    }
    String token = NODE + SEQUENCE.incrementAndGet();
    JsonObject stamped = update.copy();
    JsonObject set = stamped.getJsonObject("$set");
    stamped.put("$set", (set == null ? new JsonObject() : set).put(TOKEN, token));
    Promise<Boolean> matched = Promise.promise();
    updates.add(new Pending(id, filter, stamped, token, matched, Vertx.currentContext()));
    return matched.future();
  }

  private Future<?> send(List<Pending> batch) {
    List<Pending> first = new ArrayList<>(batch.size());
    List<Pending> later = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    batch.forEach(p -> (ids.add(p.id()) ? first : later).add(p));
    Future<Void> sent = bulk(first);
    return later.isEmpty() ? sent : sent.transform(ar -> send(later).<Void>mapEmpty());
  }

  private Future<Void> bulk(List<Pending> batch) {
    if (batch.size() == 1) {
      return single(batch.get(0));
    }
    List<BulkOperation> ops = new ArrayList<>(batch.size());
    batch.forEach(p -> ops.add(BulkOperation.createUpdate(p.filter(), p.update(), false, false)));
    return mongo.bulkWriteWithOptions(collection, ops, new BulkWriteOptions(false)).transform(ar -> {
      if (ar.succeeded() && ar.result().getMatchedCount() == batch.size()) {
        batch.forEach(p -> answer(p, true));
        return Future.<Void>succeededFuture();
      }
      return readBack(batch, ar.succeeded());
    });
  }

  /**
   * Which updates of the bulk matched, by their tokens; after a failed bulk, those not applied are
   * sent again one by one. If even the read fails, every caller gets the failure.
   */
  private Future<Void> readBack(List<Pending> batch, boolean bulkSucceeded) {
    JsonArray ids = new JsonArray();
    batch.forEach(p -> ids.add(p.id()));
    JsonObject query = new JsonObject().put("_id", new JsonObject().put("$in", ids));
    return mongo.findWithOptions(collection, query, new FindOptions()
            .setFields(new JsonObject().put(TOKEN, 1)))
        .transform(ar -> {
          if (ar.failed()) {
            batch.forEach(p -> fail(p, ar.cause()));
            return Future.<Void>succeededFuture();
          }
          Map<String, String> tokens = new HashMap<>();
          ar.result().forEach(d -> tokens.put(d.getString("_id"), d.getString(TOKEN)));
          List<Future<Void>> retried = new ArrayList<>();
          for (Pending p : batch) {
            boolean applied = p.token().equals(tokens.get(p.id()));
            if (applied || bulkSucceeded) {
              answer(p, applied);
            } else {
              retried.add(single(p));
            }
          }
          return Future.join(retried).<Void>mapEmpty().otherwiseEmpty();
        });
  }

  private Future<Void> single(Pending p) {
    return mongo.updateCollection(collection, p.filter(), p.update()).transform(ar -> {
      if (ar.succeeded()) {
        answer(p, ar.result().getDocMatched() > 0);
      } else {
        fail(p, ar.cause());
      }
      return Future.<Void>succeededFuture();
    });
  }

  private static void answer(Pending p, boolean matched) {
    Deliver.on(p.context(), () -> p.matched().tryComplete(matched));
  }

  private static void fail(Pending p, Throwable cause) {
    Deliver.on(p.context(), () -> p.matched().tryFail(cause));
  }
}
