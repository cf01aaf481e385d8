package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.xuefa.store.StoreErrors;

/**
 * Certificates for passes ({@code certificates}, {@code _id} = the number, e.g. XF-2026-000123, taken
 * from a per-year counter with an atomic {@code $inc}). A unique index on {@code attemptId} makes
 * issuing idempotent: a retry after a crash finds the certificate already there.
 */
public final class Certificates {

  static final String COLLECTION = "certificates";
  static final String COUNTERS = "counters";

  private final MongoClient mongo;

  public Certificates(MongoClient mongo) {
    this.mongo = mongo;
  }

  public Future<Void> ensureIndexes() {
    return mongo.createIndexWithOptions(COLLECTION, new JsonObject().put("attemptId", 1),
        new IndexOptions().unique(true));
  }

  /** Issues the certificate for a passed attempt, or answers the one already issued for it. */
  public Future<String> issue(Attempt a, Exam exam, long now) {
    int year = Instant.ofEpochMilli(now).atZone(Times.ZONE).getYear();
    long validUntil = Instant.ofEpochMilli(now).atZone(Times.ZONE).plusYears(exam.certificateYears())
        .toInstant().toEpochMilli();
    return nextNumber(year).compose(number -> {
      JsonObject doc = new JsonObject().put("_id", number).put("username", a.username()).put("name", a.name())
          .put("unit", a.unit()).put("examId", a.examId()).put("examTitle", a.examTitle()).put("attemptId", a.id())
          .put("score", Result.number(a.result().score())).put("maxScore", Result.number(a.result().maxScore()))
          .put("percent", Result.number(a.result().percent())).put("grade", a.result().grade())
          .put("issuedAt", now).put("validUntil", validUntil).put("validYears", exam.certificateYears());
      return mongo.insert(COLLECTION, doc).map(id -> number)
          .recover(e -> StoreErrors.isDuplicateKey(e) ? forAttempt(a.id()).map(c -> c.orElseThrow().getString("_id"))
              : Future.failedFuture(e));
    });
  }

  public Future<Optional<JsonObject>> find(String number) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", number), null).map(Optional::ofNullable);
  }

  public Future<List<JsonObject>> forUser(String username) {
    return mongo.findWithOptions(COLLECTION, new JsonObject().put("username", username),
        new FindOptions().setSort(new JsonObject().put("issuedAt", -1)));
  }

  private Future<Optional<JsonObject>> forAttempt(String attemptId) {
    return mongo.findOne(COLLECTION, new JsonObject().put("attemptId", attemptId), null).map(Optional::ofNullable);
  }

  private Future<String> nextNumber(int year) {
    return mongo.findOneAndUpdateWithOptions(COUNTERS, new JsonObject().put("_id", "certificate-" + year),
            new JsonObject().put("$inc", new JsonObject().put("seq", 1)), new FindOptions(),
            new UpdateOptions().setUpsert(true).setReturningNewDocument(true))
        .map(d -> String.format("XF-%d-%06d", year, d.getLong("seq")));
  }

  public static JsonObject toJson(JsonObject doc) {
    return new JsonObject().put("number", doc.getString("_id")).put("username", doc.getString("username"))
        .put("name", doc.getString("name")).put("unit", doc.getString("unit")).put("examId", doc.getString("examId"))
        .put("examTitle", doc.getString("examTitle")).put("attemptId", doc.getString("attemptId"))
        .put("score", doc.getValue("score")).put("maxScore", doc.getValue("maxScore"))
        .put("percent", doc.getValue("percent")).put("grade", doc.getString("grade"))
        .put("issuedAt", Times.iso(doc.getLong("issuedAt"))).put("validUntil", Times.iso(doc.getLong("validUntil")))
        .put("url", "/certificates/" + doc.getString("_id"));
  }
}
