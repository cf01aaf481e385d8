package org.xuefa.exam;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.BulkWriteOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.MongoClientBulkWriteResult;
import java.util.List;
import org.xuefa.store.ByIdReads;
import org.xuefa.store.Coalescer;
import org.xuefa.store.Deliver;
import org.xuefa.store.StoreErrors;

/**
 * Saves answers in bulk: while one bulk update is in flight, the saves that arrive meanwhile queue up
 * and go together in the next. The embedded store commits once per command, so a wave of candidates
 * costs one commit per batch instead of one per answer; with nothing in flight a save goes at once,
 * alone, so a quiet exam waits for nothing. A save is answered only after the store acknowledged it.
 *
 * <p>Each save is an upsert of its question's small answer sheet on {_id, open: true} (see
 * {@link AnswerSheets}): once a close has frozen the sheet (open: false) the upsert's insert collides
 * with the frozen {@code _id} and the save is refused. A bulk answer counts matches and upserts but does
 * not say which save collided: then each save of the batch is checked by its {@code at} stamp.
 */
final class AnswerBatcher {

  private static final int MAX_BATCH = 500;

  /** One save and the context of the request that made it: its answer is delivered there. */
  private record Save(String sheetId, String questionId, List<String> choice, long now, Promise<Boolean> done,
      Context context) {

    void complete(boolean stored) {
      Deliver.on(context, () -> done.complete(stored));
    }

    void fail(Throwable cause) {
      Deliver.on(context, () -> done.fail(cause));
    }
  }

  private final MongoClient mongo;
  private final ByIdReads sheetReads;
  private final Coalescer<Save> saving = new Coalescer<>(MAX_BATCH, this::write);
  private long batches;
  private long saves;

  AnswerBatcher(MongoClient mongo, ByIdReads sheetReads) {
    this.mongo = mongo;
    this.sheetReads = sheetReads;
  }

  /** True once the answer is stored; false when the attempt's answers are frozen (it closed). */
  Future<Boolean> save(String attemptId, int paperSize, String questionId, List<String> choice, long now) {
    Promise<Boolean> done = Promise.promise();
    String sheet = AnswerSheets.sheetId(attemptId, questionId, paperSize);
    saving.add(new Save(sheet, questionId, choice, now, done, Vertx.currentContext()));
    return done.future();
  }

  private Future<?> write(List<Save> batch) {
    synchronized (this) {
      batches++;
      saves += batch.size();
    }
    List<BulkOperation> ops = batch.stream().map(s -> BulkOperation.createUpdate(
        AnswerSheets.openSheet(s.sheetId()), AnswerSheets.set(s.questionId(), s.choice(), s.now()), true, false))
        .toList();
    // unordered: one frozen sheet must not hold back the saves behind it
    return mongo.bulkWriteWithOptions(AnswerSheets.COLLECTION, ops, new BulkWriteOptions(false)).transform(ar -> {
      if (ar.succeeded() && stored(ar.result()) == batch.size()) {
        batch.forEach(s -> s.complete(true));
        return Future.succeededFuture();
      }
      if (ar.failed() && !StoreErrors.isDuplicateKey(ar.cause())) {
        batch.forEach(s -> s.fail(ar.cause()));
        return Future.succeededFuture();
      }
      return settleAll(batch);
    });
  }

  private static long stored(MongoClientBulkWriteResult r) {
    return r.getMatchedCount() + (r.getUpserts() == null ? 0 : r.getUpserts().size());
  }

  /** After a collision: each save stored if its stamp (or a later save's) is on its sheet, else refused. */
  private Future<Void> settleAll(List<Save> batch) {
    List<String> ids = batch.stream().map(Save::sheetId).distinct().toList();
    return AnswerSheets.sheets(sheetReads, ids).map(sheets -> {
      batch.forEach(s -> s.complete(AnswerSheets.stamp(sheets.get(s.sheetId()), s.questionId()) >= s.now()));
      return (Void) null;
    }).recover(e -> {
      batch.forEach(s -> s.fail(e));
      return Future.succeededFuture();
    });
  }

  /** "saves in batches" so far, for the benchmark's report. */
  synchronized String describe() {
    return saves + " saves in " + batches + " bulk updates";
  }

}
