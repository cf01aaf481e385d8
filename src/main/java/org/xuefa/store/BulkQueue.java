package org.xuefa.store;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.BulkWriteOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes to one collection whose callers need to know only that they are done (an upsert by
 * {@code _id}, a delete), sent together: while one bulk write is in flight, the writes that arrive
 * wait and go as the next one, in the order they came (an ordered bulk: a failure stops the rest,
 * which then fail too). When 128 candidates submit at once, their bookkeeping costs a few
 * store commands instead of 128 — each command is a round trip and, on the embedded store, a commit.
 *
 * <p>Each caller's future completes on its own context once the bulk holding its write is
 * acknowledged, or fails with the bulk's error (the writes of a failed bulk may be partly applied,
 * as with any failed write: callers repeat only what is safe to repeat).
 */
public final class BulkQueue {

  private static final int MAX_BATCH = 1000;

  private final MongoClient mongo;
  private final String collection;
  private final Coalescer<Pending> writes = new Coalescer<>(MAX_BATCH, this::write);

  public BulkQueue(MongoClient mongo, String collection) {
    this.mongo = mongo;
    this.collection = collection;
  }

  private record Pending(BulkOperation op, Promise<Void> done, Context context) {}

  public Future<Void> add(BulkOperation op) {
    Promise<Void> done = Promise.promise();
    writes.add(new Pending(op, done, Vertx.currentContext()));
    return done.future();
  }

  private Future<?> write(List<Pending> batch) {
    List<BulkOperation> ops = new ArrayList<>(batch.size());
    batch.forEach(p -> ops.add(p.op()));
    return mongo.bulkWriteWithOptions(collection, ops, new BulkWriteOptions(true)).andThen(ar -> batch.forEach(p ->
        Deliver.on(p.context(), ar.succeeded() ? p.done()::tryComplete : () -> p.done().tryFail(ar.cause()))));
  }
}
