package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.List;

/**
 * Completion counters kept as they change ({@code exam_stats}, {@code _id} = examId|unit): people who
 * started, who finished an attempt, who passed — each moved once per person, at the transition, so
 * reports never recount every attempt.
 */
public final class ExamStats {

  static final String COLLECTION = "exam_stats";
  public static final String STARTED = "started";
  public static final String SUBMITTED = "submitted";
  public static final String PASSED = "passed";

  private final MongoClient mongo;

  public ExamStats(MongoClient mongo) {
    this.mongo = mongo;
  }

  public Future<Void> increment(String examId, String unit, String counter) {
    return increment(examId, unit, List.of(counter));
  }

  /** Moves several counters of one exam and unit by one, in one update. */
  public Future<Void> increment(String examId, String unit, List<String> counters) {
    if (counters.isEmpty()) {
      return Future.succeededFuture();
    }
    JsonObject inc = new JsonObject();
    counters.forEach(c -> inc.put(c, 1));
    JsonObject update = new JsonObject()
        .put("$inc", inc)
        .put("$setOnInsert", new JsonObject().put("examId", examId).put("unit", unit));
    return mongo.updateCollectionWithOptions(COLLECTION, new JsonObject().put("_id", examId + "|" + unit), update,
        new UpdateOptions().setUpsert(true)).mapEmpty();
  }

  /** The counters of one exam, one document per unit that has any (a scan of a small collection). */
  public Future<List<JsonObject>> forExam(String examId) {
    return mongo.find(COLLECTION, new JsonObject().put("examId", examId));
  }
}
