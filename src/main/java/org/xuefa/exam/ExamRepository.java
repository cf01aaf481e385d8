package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Optional;

/** The {@code exams} collection: few documents (dozens a year), so listing them all is cheap. */
public final class ExamRepository {

  static final String COLLECTION = "exams";

  private final MongoClient mongo;

  public ExamRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  public Future<Void> insert(Exam exam) {
    return mongo.insert(COLLECTION, exam.toDocument()).mapEmpty();
  }

  public Future<Optional<Exam>> find(String id) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", id), null)
        .map(d -> Optional.ofNullable(d).map(Exam::fromDocument));
  }

  /** Newest first. */
  public Future<List<Exam>> all() {
    return mongo.findWithOptions(COLLECTION, new JsonObject(),
            new FindOptions().setSort(new JsonObject().put("createdAt", -1)).setLimit(1000))
        .map(docs -> docs.stream().map(Exam::fromDocument).toList());
  }

  public Future<Boolean> setStatus(String id, String status) {
    return mongo.updateCollection(COLLECTION, new JsonObject().put("_id", id),
        new JsonObject().put("$set", new JsonObject().put("status", status))).map(r -> r.getDocMatched() > 0);
  }
}
