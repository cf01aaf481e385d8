package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Completion per unit for one exam: people assigned (active accounts of the unit, admins aside),
 * started, finished an attempt (submitted), passed — from the maintained {@code exam_stats} counters
 * and one grouping of the accounts, never from the attempts.
 */
public final class CompletionReport {

  private final MongoClient mongo;
  private final ExamStats stats;

  CompletionReport(MongoClient mongo, ExamStats stats) {
    this.mongo = mongo;
    this.stats = stats;
  }

  /** One row per unit: {unit, assigned, started, submitted, passed}, in unit order. */
  public Future<List<JsonObject>> rows(Exam exam) {
    return Future.all(peoplePerUnit(), stats.forExam(exam.id())).map(both -> {
      Map<String, Integer> people = both.resultAt(0);
      List<JsonObject> counters = both.resultAt(1);
      Map<String, JsonObject> rows = new TreeMap<>();
      List<String> units = exam.units().isEmpty() ? new ArrayList<>(people.keySet()) : exam.units();
      for (String unit : units) {
        rows.put(unit, row(unit, people.getOrDefault(unit, 0)));
      }
      for (JsonObject c : counters) {
        JsonObject r = rows.computeIfAbsent(c.getString("unit"), u -> row(u, people.getOrDefault(u, 0)));
        for (String k : List.of(ExamStats.STARTED, ExamStats.SUBMITTED, ExamStats.PASSED)) {
          r.put(k, c.getInteger(k, 0));
        }
      }
      return new ArrayList<>(rows.values());
    });
  }

  public static JsonObject toJson(List<JsonObject> rows) {
    return new JsonObject().put("units", new JsonArray(rows));
  }

  private static JsonObject row(String unit, int assigned) {
    return new JsonObject().put("unit", unit).put("assigned", assigned).put(ExamStats.STARTED, 0)
        .put(ExamStats.SUBMITTED, 0).put(ExamStats.PASSED, 0);
  }

  /** Active accounts per unit, admins aside (one $group over the accounts, read-only). */
  private Future<Map<String, Integer>> peoplePerUnit() {
    JsonArray pipeline = new JsonArray()
        .add(new JsonObject().put("$match", new JsonObject().put("disabled", new JsonObject().put("$ne", true))
            .put("role", new JsonObject().put("$ne", "admin"))))
        .add(new JsonObject().put("$group", new JsonObject().put("_id", "$unit")
            .put("n", new JsonObject().put("$sum", 1))));
    return mongo.aggregate("users", pipeline).collect(Collectors.toMap(
        d -> String.valueOf(d.getValue("_id")), d -> d.getInteger("n", 0), Integer::sum));
  }
}
