package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Optional;
import org.xuefa.store.BulkQueue;
import org.xuefa.store.ByIdReads;
import org.xuefa.store.ConditionalUpdates;

/**
 * The {@code attempts} collection (each attempt's state: clock, status, and once closed its answers and
 * result), {@code papers} (each attempt's paper, written once), the answers of attempts in progress in
 * {@link AnswerSheets}, and the small {@code open_attempts} (one document per attempt not yet closed,
 * with the instant it must close), which the expiry sweeper scans instead of every attempt ever made.
 *
 * <p>The embedded store uses an index only when a filter's fields equal the index's fields exactly,
 * so the conditional updates here filter on {_id, status}, which has a unique compound index;
 * {@code {_id, status, deadline: {$gt: …}}} would scan the whole collection. Deadlines only ever move
 * later, so checking the clock against the attempt just read is as strict.
 */
public final class AttemptRepository {

  static final String ATTEMPTS = "attempts";
  static final String OPEN = "open_attempts";
  static final String PAPERS = "papers";

  private final MongoClient mongo;
  private final AnswerBatcher batcher;
  /** open_attempts entries made due and removed in bulks: a submit burst's bookkeeping in few commands. */
  private final BulkQueue openEntries;
  private final BulkQueue sheetFreezes;
  /** Attempts and papers read by id together when many are wanted at once (a submit burst). */
  private final ByIdReads attemptReads;
  private final ByIdReads paperReads;
  /** Answer sheets read by id together: a submit burst's reads of frozen sheets in a few commands. */
  private final ByIdReads sheetReads;
  /** Closes asked for together go as one bulk: each still learns whether it won. */
  private final ConditionalUpdates closes;

  public AttemptRepository(MongoClient mongo) {
    this.mongo = mongo;
    this.sheetReads = new ByIdReads(mongo, AnswerSheets.COLLECTION, 100);
    this.batcher = new AnswerBatcher(mongo, sheetReads);
    this.openEntries = new BulkQueue(mongo, OPEN);
    this.sheetFreezes = new BulkQueue(mongo, AnswerSheets.COLLECTION);
    this.attemptReads = new ByIdReads(mongo, ATTEMPTS, 100);
    this.paperReads = new ByIdReads(mongo, PAPERS, 8); // a paper of 100 questions is ~100 KB
    this.closes = new ConditionalUpdates(mongo, ATTEMPTS, 100);
  }

  public Future<Void> ensureIndexes() {
    IndexOptions unique = new IndexOptions().unique(true);
    return mongo.createIndexWithOptions(ATTEMPTS, new JsonObject().put("_id", 1).put("status", 1), unique)
        .compose(v -> AnswerSheets.ensureIndexes(mongo));
  }

  /** The paper first: an attempt document always has its paper. */
  public Future<Void> insert(Attempt a) {
    return mongo.insert(PAPERS, a.toPaperDocument()).compose(id -> mongo.insert(ATTEMPTS, a.toDocument())).mapEmpty();
  }

  /** The attempt with its paper (two lookups by {@code _id}) and, while in progress, its saved answers. */
  public Future<Optional<Attempt>> find(String id) {
    return withPaper(id).compose(found -> found.isPresent() && found.get().inProgress()
        ? AnswerSheets.read(sheetReads, id, found.get().paper().size()).map(saved -> Optional.of(found.get().withAnswers(saved)))
        : Future.succeededFuture(found));
  }

  /**
   * The attempt with its paper, without the answer sheets of an attempt in progress: for a close (it
   * reads them itself once they are frozen) and for the save path's paper cache.
   */
  public Future<Optional<Attempt>> withPaper(String id) {
    return attemptReads.get(id).compose(d -> d == null ? Future.succeededFuture(Optional.empty())
        : paperReads.get(id).map(p -> p == null ? Optional.<Attempt>empty()
            : Optional.of(Attempt.fromDocuments(d, p))));
  }

  /** Every question frozen against further saves, and the attempt with exactly the answers a close grades. */
  public Future<Attempt> freeze(Attempt a) {
    return AnswerSheets.freeze(sheetFreezes, sheetReads, a.id(), a.paper().size()).map(a::withAnswers);
  }

  /** The attempt's state without the paper: owner, status, deadline (one small lookup). */
  public Future<Optional<JsonObject>> state(String id) {
    return mongo.findOne(ATTEMPTS, new JsonObject().put("_id", id),
            new JsonObject().put("username", 1).put("status", 1).put("deadline", 1))
        .map(Optional::ofNullable);
  }

  public Future<Void> delete(String id) {
    JsonObject byId = new JsonObject().put("_id", id);
    return mongo.removeDocument(ATTEMPTS, byId).compose(v -> mongo.removeDocument(PAPERS, byId)).mapEmpty();
  }

  /** Saves one answer if the attempt is still in progress (batched with others); false when it is closed. */
  public Future<Boolean> saveAnswer(String id, int paperSize, String questionId, List<String> choice, long now) {
    return batcher.save(id, paperSize, questionId, choice, now);
  }

  /** Closes a frozen attempt if it is still in progress, keeping the answers graded; true for the one winner. */
  public Future<Boolean> close(Attempt graded, String status, Result result, long now, String by) {
    JsonObject answers = new JsonObject();
    graded.answers().forEach((q, choice) -> answers.put(q, new JsonArray(choice)));
    JsonObject set = new JsonObject().put("status", status).put("result", result.toDocument())
        .put("answers", answers).put("closedAt", now).put("closedBy", by);
    return closes.update(inProgress(graded.id()), new JsonObject().put("$set", set));
  }

  String batchStats() {
    return batcher.describe();
  }

  /** Moves deadline and grace end later by {@code millis} and keeps the override on record. */
  public Future<Boolean> extend(String id, long millis, JsonObject override) {
    JsonObject update = new JsonObject()
        .put("$inc", new JsonObject().put("deadline", millis).put("graceUntil", millis))
        .put("$push", new JsonObject().put("overrides", override));
    return mongo.updateCollection(ATTEMPTS, inProgress(id), update).map(r -> r.getDocMatched() > 0);
  }

  public Future<Boolean> setGrace(String id, long graceUntil, JsonObject override) {
    JsonObject update = new JsonObject().put("$set", new JsonObject().put("graceUntil", graceUntil))
        .put("$push", new JsonObject().put("overrides", override));
    return mongo.updateCollection(ATTEMPTS, inProgress(id), update).map(r -> r.getDocMatched() > 0);
  }

  public Future<Void> setCertificate(String id, String number) {
    return mongo.updateCollection(ATTEMPTS, new JsonObject().put("_id", id),
        new JsonObject().put("$set", new JsonObject().put("certificateNo", number))).mapEmpty();
  }

  public Future<Void> open(String id, long closeAt) {
    JsonObject byId = new JsonObject().put("_id", id);
    return openEntries.add(BulkOperation.createReplace(byId, byId.copy().put("closeAt", closeAt), true));
  }

  /** True while the attempt has its open_attempts entry: not closed yet, or its follow-up not finished. */
  public Future<Boolean> isOpen(String id) {
    return mongo.findOne(OPEN, new JsonObject().put("_id", id), new JsonObject().put("_id", 1)).map(d -> d != null);
  }

  public Future<Void> closed(String id) {
    return openEntries.add(BulkOperation.createDelete(new JsonObject().put("_id", id)));
  }

  /** Open attempts whose closing instant has passed (a scan, but of the small open collection). */
  public Future<List<JsonObject>> due(long now, int limit) {
    return mongo.findWithOptions(OPEN, new JsonObject().put("closeAt", new JsonObject().put("$lte", now)),
        new FindOptions().setLimit(limit));
  }

  public Future<Long> openCount() {
    return mongo.count(OPEN, new JsonObject());
  }

  private static JsonObject inProgress(String id) {
    return new JsonObject().put("_id", id).put("status", Attempt.IN_PROGRESS);
  }
}
