package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.List;
import java.util.Optional;
import org.xuefa.account.SessionUser;
import org.xuefa.store.ByIdReads;
import org.xuefa.store.ConditionalUpdates;
import org.xuefa.store.StoreErrors;

/**
 * The {@code exam_takers} collection. Its document is the unique key that makes "one attempt in
 * progress per person and exam" hold without transactions: a start wins only by moving {@code used}
 * from n to n+1 (the first start: by inserting the document; E11000 means someone else did), and a
 * close's follow-up only by releasing {@code current}. Each conditional filter has a unique compound
 * index of exactly its fields (see AttemptRepository).
 */
public final class TakerRepository {

  static final String COLLECTION = "exam_takers";

  private final MongoClient mongo;
  private final ByIdReads reads;
  /** Releases of many people at once (a submit burst's follow-ups) go as one bulk. */
  private final ConditionalUpdates releases;

  public TakerRepository(MongoClient mongo) {
    this.mongo = mongo;
    this.reads = new ByIdReads(mongo, COLLECTION, 100);
    this.releases = new ConditionalUpdates(mongo, COLLECTION, 100);
  }

  public Future<Void> ensureIndexes() {
    IndexOptions unique = new IndexOptions().unique(true);
    Future<Void> chain = Future.succeededFuture();
    for (String field : List.of("used", "current")) {
      chain = chain.compose(v -> mongo.createIndexWithOptions(COLLECTION,
          new JsonObject().put("_id", 1).put(field, 1), unique));
    }
    return chain;
  }

  public Future<Optional<Taker>> find(String examId, String username) {
    return reads.get(Taker.key(examId, username)).map(d -> Optional.ofNullable(d).map(Taker::fromDocument));
  }

  public Future<List<Taker>> byExam(String examId) {
    return mongo.find(COLLECTION, new JsonObject().put("examId", examId))
        .map(docs -> docs.stream().map(Taker::fromDocument).toList());
  }

  /** The first start of this person in this exam; false if another start got there first. */
  public Future<Boolean> claimFirst(String examId, SessionUser user, String attemptId, long now) {
    JsonObject doc = fresh(examId, user).put("used", 1).put("current", attemptId).put("updatedAt", now);
    return mongo.insert(COLLECTION, doc).map(id -> true)
        .recover(e -> StoreErrors.isDuplicateKey(e) ? Future.succeededFuture(false) : Future.failedFuture(e));
  }

  /** A later start: moves {@code used} from {@code used} to used+1; false if another start moved it. */
  public Future<Boolean> claimNext(String examId, String username, int used, String attemptId, long now) {
    JsonObject filter = id(examId, username).put("used", used);
    JsonObject set = new JsonObject().put("used", used + 1).put("current", attemptId).put("updatedAt", now);
    return mongo.updateCollection(COLLECTION, filter, new JsonObject().put("$set", set))
        .map(r -> r.getDocModified() > 0);
  }

  /**
   * Releases the person from the closed attempt ({_id, current: attempt} → current null) and records
   * its outcome in the same update; false when it was released before (a repeated follow-up).
   */
  public Future<Boolean> release(Attempt a, boolean better) {
    return releases.update(id(a.examId(), a.username()).put("current", a.id()),
        new JsonObject().put("$set", summary(a, better).put("current", null)));
  }

  /** Records the outcome of an attempt released before (idempotent: the same values again). */
  public Future<Void> summarize(Attempt a, boolean better) {
    return mongo.updateCollection(COLLECTION, id(a.examId(), a.username()),
        new JsonObject().put("$set", summary(a, better))).mapEmpty();
  }

  private static JsonObject summary(Attempt a, boolean better) {
    JsonObject set = new JsonObject().put("lastStatus", a.status()).put("lastAttemptId", a.id())
        .put("updatedAt", a.closedAt()).put("finished", true);
    if (a.result().passed()) {
      set.put("passed", true);
    }
    if (better) {
      set.put("best", a.result().toJson().put("attemptId", a.id()).put("closedAt", a.closedAt()));
    }
    return set;
  }

  public Future<Void> setCertificate(String examId, String username, String number) {
    return mongo.updateCollection(COLLECTION, id(examId, username),
        new JsonObject().put("$set", new JsonObject().put("certificateNo", number))).mapEmpty();
  }

  /** One more attempt for one person (an override), creating their record if they never started. */
  public Future<Void> grantExtra(String examId, String username, String name, String unit) {
    JsonObject onInsert = new JsonObject().put("examId", examId).put("username", username).put("name", name)
        .put("unit", unit).put("used", 0).put("current", null).put("finished", false).put("passed", false);
    JsonObject update = new JsonObject().put("$inc", new JsonObject().put("extra", 1))
        .put("$setOnInsert", onInsert);
    return mongo.updateCollectionWithOptions(COLLECTION, id(examId, username), update,
        new UpdateOptions().setUpsert(true)).mapEmpty();
  }

  private static JsonObject fresh(String examId, SessionUser user) {
    return id(examId, user.username()).put("examId", examId).put("username", user.username())
        .put("name", user.name()).put("unit", user.unit()).put("extra", 0).put("finished", false)
        .put("passed", false);
  }

  private static JsonObject id(String examId, String username) {
    return new JsonObject().put("_id", Taker.key(examId, username));
  }
}
