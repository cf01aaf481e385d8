package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import org.xuefa.account.Tokens;

/** The record of every override a trainer granted ({@code exam_overrides}): who, for whom, what, why, when. */
public final class OverrideLog {

  static final String COLLECTION = "exam_overrides";

  private final MongoClient mongo;

  public OverrideLog(MongoClient mongo) {
    this.mongo = mongo;
  }

  public Future<JsonObject> record(String examId, String username, String attemptId, String kind, int seconds,
      String reason, String by, long now) {
    JsonObject doc = new JsonObject().put("_id", Tokens.random(12)).put("examId", examId).put("username", username)
        .put("attemptId", attemptId).put("kind", kind).put("seconds", seconds).put("reason", reason)
        .put("by", by).put("at", now);
    return mongo.insert(COLLECTION, doc).map(id -> doc);
  }

  public Future<List<JsonObject>> forExam(String examId) {
    return mongo.findWithOptions(COLLECTION, new JsonObject().put("examId", examId),
        new FindOptions().setSort(new JsonObject().put("at", -1)));
  }
}
