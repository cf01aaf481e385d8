package org.xuefa.exam;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.BulkWriteOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves answers in bulk: while one bulk update is in flight, the saves that arrive meanwhile queue up
 * and go together in the next. The embedded store commits once per command, so a wave of candidates
 * costs one commit per batch instead of one per answer; with nothing in flight a save goes at once,
 * alone, so a quiet exam waits for nothing. Each save is still the conditional update on
 * {_id, status: in_progress}, and is answered only after the store acknowledged its batch.
 *
 * <p>A bulk answer says how many filters matched, not which: when fewer matched than were sent (an
 * attempt closed meanwhile), each save is checked by its {@code answeredAt} stamp.
 */
final class AnswerBatcher {

  private static final int MAX_BATCH = 500;

  /** One save and the context of the request that made it: its answer is delivered there. */
  private record Save(String attemptId, String questionId, List<String> choice, long now, Promise<Boolean> done,
      Context context) {

    void complete(boolean stored) {
      deliver(() -> done.complete(stored));
    }

    void fail(Throwable cause) {
      deliver(() -> done.fail(cause));
    }

    private void deliver(Runnable r) {
      if (context == null || context == Vertx.currentContext()) {
        r.run();
      } else {
        context.runOnContext(v -> r.run());
      }
    }
  }

  private final MongoClient mongo;
  private final ArrayDeque<Save> queue = new ArrayDeque<>();
  private boolean flushing;
  private long batches;
  private long saves;

  AnswerBatcher(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** True once the answer is stored; false when the attempt is not in progress (or gone). */
  Future<Boolean> save(String attemptId, String questionId, List<String> choice, long now) {
    Promise<Boolean> done = Promise.promise();
    boolean start;
    synchronized (this) {
      queue.add(new Save(attemptId, questionId, choice, now, done, Vertx.currentContext()));
      start = !flushing;
      flushing = true;
    }
    if (start) {
      flush();
    }
    return done.future();
  }

  private void flush() {
    List<Save> batch = new ArrayList<>();
    synchronized (this) {
      while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
        batch.add(queue.poll());
      }
      if (batch.isEmpty()) {
        flushing = false;
        return;
      }
      batches++;
      saves += batch.size();
    }
    List<BulkOperation> ops = batch.stream().map(s -> BulkOperation.createUpdate(filter(s.attemptId()), update(s)))
        .toList();
    mongo.bulkWriteWithOptions(AttemptRepository.ATTEMPTS, ops, new BulkWriteOptions(true)).onComplete(ar -> {
      if (ar.failed()) {
        batch.forEach(s -> s.fail(ar.cause()));
      } else if (ar.result().getMatchedCount() == batch.size()) {
        batch.forEach(s -> s.complete(true));
      } else {
        batch.forEach(this::settle);
      }
      flush();
    });
  }

  /** After a partial match: stored if this answer's stamp (or a later one's) is there, else refused. */
  private void settle(Save s) {
    mongo.findOne(AttemptRepository.ATTEMPTS, new JsonObject().put("_id", s.attemptId()),
        new JsonObject().put("status", 1).put("answeredAt", 1)).onComplete(ar -> {
          if (ar.failed()) {
            s.fail(ar.cause());
            return;
          }
          JsonObject d = ar.result();
          long stamp = d == null ? -1 : d.getJsonObject("answeredAt", new JsonObject()).getLong(s.questionId(), -1L);
          s.complete(stamp >= s.now());
        });
  }

  /** "saves in batches" so far, for the benchmark's report. */
  synchronized String describe() {
    return saves + " saves in " + batches + " bulk updates";
  }

  static JsonObject filter(String attemptId) {
    return new JsonObject().put("_id", attemptId).put("status", Attempt.IN_PROGRESS);
  }

  static JsonObject update(String questionId, List<String> choice, long now) {
    return new JsonObject()
        .put("$set", new JsonObject().put("answers." + questionId, new JsonArray(choice))
            .put("answeredAt." + questionId, now))
        .put("$inc", new JsonObject().put("rev", 1));
  }

  private static JsonObject update(Save s) {
    return update(s.questionId(), s.choice(), s.now());
  }
}
