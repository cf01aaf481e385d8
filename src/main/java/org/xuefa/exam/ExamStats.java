package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.xuefa.store.BulkQueue;

/**
 * Completion counters kept as they change ({@code exam_stats}, {@code _id} = examId|unit): people who
 * started, who finished an attempt, who passed — each moved once per person, at the transition, so
 * reports never recount every attempt.
 *
 * <p>A counter moves in its own update after the person's record changed, so a node killed between
 * the two leaves it one short. {@link #recount()} rebuilds every counter from the people's records
 * (one $group over {@code exam_takers}); it is only safe while nobody else writes, which is why a node
 * runs it at start over its own embedded store and not over a store shared with other nodes.
 */
public final class ExamStats {

  static final String COLLECTION = "exam_stats";
  public static final String STARTED = "started";
  public static final String SUBMITTED = "submitted";
  public static final String PASSED = "passed";

  private final MongoClient mongo;
  /** Counters of people finishing together go in one bulk. */
  private final BulkQueue increments;

  public ExamStats(MongoClient mongo) {
    this.mongo = mongo;
    this.increments = new BulkQueue(mongo, COLLECTION);
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
    return increments.add(BulkOperation.createUpdate(new JsonObject().put("_id", examId + "|" + unit), update,
        true, false));
  }

  /** Rebuilds every counter from the people's records; answers how many counter documents it changed. */
  public Future<Integer> recount() {
    JsonObject group = new JsonObject().put("_id", new JsonObject().put("examId", "$examId").put("unit", "$unit"))
        .put(STARTED, sumIf(new JsonObject().put("$gt", new JsonArray().add("$used").add(0))))
        .put(SUBMITTED, sumIf(new JsonObject().put("$eq", new JsonArray().add("$finished").add(true))))
        .put(PASSED, sumIf(new JsonObject().put("$eq", new JsonArray().add("$passed").add(true))));
    JsonArray pipeline = new JsonArray().add(new JsonObject().put("$group", group));
    return Future.all(mongo.aggregate(TakerRepository.COLLECTION, pipeline).collect(Collectors.toList()),
        mongo.find(COLLECTION, new JsonObject())).compose(both -> {
          List<JsonObject> counted = both.resultAt(0);
          Map<String, JsonObject> stored = new HashMap<>();
          for (JsonObject d : both.<List<JsonObject>>resultAt(1)) {
            stored.put(d.getString("_id"), d);
          }
          List<Future<?>> writes = new ArrayList<>();
          for (JsonObject c : counted) {
            JsonObject key = c.getJsonObject("_id");
            String id = key.getString("examId") + "|" + key.getString("unit");
            JsonObject set = new JsonObject().put("examId", key.getString("examId")).put("unit", key.getString("unit"));
            for (String k : List.of(STARTED, SUBMITTED, PASSED)) {
              set.put(k, c.getInteger(k, 0));
            }
            JsonObject old = stored.get(id);
            if (old == null || List.of(STARTED, SUBMITTED, PASSED).stream()
                .anyMatch(k -> old.getInteger(k, 0).intValue() != set.getInteger(k))) {
              writes.add(mongo.updateCollectionWithOptions(COLLECTION, new JsonObject().put("_id", id),
                  new JsonObject().put("$set", set), new UpdateOptions().setUpsert(true)));
            }
          }
          return Future.all(writes).map(v -> writes.size());
        });
  }

  private static JsonObject sumIf(JsonObject condition) {
    return new JsonObject().put("$sum", new JsonObject().put("$cond", new JsonArray().add(condition).add(1).add(0)));
  }

  /** The counters of one exam, one document per unit that has any (a scan of a small collection). */
  public Future<List<JsonObject>> forExam(String examId) {
    return mongo.find(COLLECTION, new JsonObject().put("examId", examId));
  }
}
