package org.xuefa.law;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Optional;
import org.xuefa.account.Tokens;

/** The {@code jobs} collection: one document per job, keyed by a random id, each change one single-document write. */
public final class JobRepository {

  static final String COLLECTION = "jobs";

  private final MongoClient mongo;

  public JobRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Records a queued job and returns its id. */
  public Future<String> create(String kind, int total, String message, String owner, long now) {
    String id = Tokens.random(12);
    JsonObject doc = new JsonObject().put("_id", id).put("kind", kind).put("status", Job.QUEUED)
        .put("done", 0).put("total", total).put("message", message)
        .put("result", new JsonArray()).put("errors", new JsonArray())
        .put("owner", owner).put("createdAt", now).put("updatedAt", now);
    return mongo.insert(COLLECTION, doc).map(id);
  }

  public Future<Void> progress(String id, int done, int total, String message) {
    return set(id, new JsonObject().put("status", Job.RUNNING).put("done", done).put("total", total)
        .put("message", message));
  }

  public Future<Void> finish(String id, String message, List<String> result) {
    return set(id, new JsonObject().put("status", Job.DONE).put("message", message)
        .put("result", new JsonArray(List.copyOf(result))));
  }

  public Future<Void> fail(String id, String message, List<String> errors) {
    return set(id, new JsonObject().put("status", Job.FAILED).put("message", message)
        .put("errors", new JsonArray(List.copyOf(errors))));
  }

  public Future<Optional<Job>> find(String id) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", id), null)
        .map(doc -> Optional.ofNullable(doc).map(Job::fromDocument));
  }

  /** The latest jobs of a kind, newest first; the collection stays small, so a scan is fine. */
  public Future<List<Job>> recent(String kind, int limit) {
    FindOptions options = new FindOptions().setSort(new JsonObject().put("createdAt", -1)).setLimit(limit);
    return mongo.findWithOptions(COLLECTION, new JsonObject().put("kind", kind), options)
        .map(docs -> docs.stream().map(Job::fromDocument).toList());
  }

  private Future<Void> set(String id, JsonObject fields) {
    fields.put("updatedAt", System.currentTimeMillis());
    return mongo.updateCollection(COLLECTION, new JsonObject().put("_id", id), new JsonObject().put("$set", fields))
        .mapEmpty();
  }
}
