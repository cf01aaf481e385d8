package org.xuefa.question;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How each question fares, for trainers: counters per question in {@code question_stats} ({@code _id}
 * = question code) — attempts, correct, wrong and how often each option was chosen — kept with
 * {@code $inc} so concurrent gradings on several nodes add up without reading first.
 */
public final class QuestionStats {

  public static final String COLLECTION = "question_stats";

  /** The counters of one question. */
  public record Counts(long attempts, long correct, long wrong, Map<String, Long> choices) {
    public static final Counts NONE = new Counts(0, 0, 0, Map.of());

    /** Percentage answered correctly, rounded; 0 when nobody answered yet. */
    public int correctRate() {
      return attempts == 0 ? 0 : (int) Math.round(100.0 * correct / attempts);
    }

    public JsonObject toJson() {
      return new JsonObject().put("attempts", attempts).put("correct", correct).put("wrong", wrong)
          .put("correctRate", correctRate()).put("choices", new JsonObject(new HashMap<>(choices)));
    }
  }

  private final MongoClient mongo;

  public QuestionStats(MongoClient mongo) {
    this.mongo = mongo;
  }

  /**
   * Counts one graded answer (the exam calls this when it grades). Keys other than single letters
   * A–Z are ignored, so a choice can never name another field of the document.
   */
  public Future<Void> record(String questionId, boolean correct, List<String> choice) {
    JsonObject inc = new JsonObject().put("attempts", 1).put("correct", correct ? 1 : 0).put("wrong", correct ? 0 : 1);
    for (String key : new LinkedHashSet<>(choice == null ? List.<String>of() : choice)) {
      if (key != null && key.matches("[A-Z]")) {
        inc.put("choices." + key, 1);
      }
    }
    return mongo.updateCollectionWithOptions(COLLECTION, new JsonObject().put("_id", questionId),
        new JsonObject().put("$inc", inc), new UpdateOptions().setUpsert(true)).mapEmpty();
  }

  /** The counters of these questions; questions nobody answered yet are absent. */
  public Future<Map<String, Counts>> forIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return Future.succeededFuture(Map.of());
    }
    JsonObject query = new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(List.copyOf(ids))));
    return mongo.find(COLLECTION, query).map(docs -> {
      Map<String, Counts> out = new HashMap<>();
      for (JsonObject d : docs) {
        Map<String, Long> choices = new TreeMap<>();
        JsonObject c = d.getJsonObject("choices", new JsonObject());
        c.fieldNames().forEach(k -> choices.put(k, c.getLong(k, 0L)));
        out.put(d.getString("_id"), new Counts(d.getLong("attempts", 0L), d.getLong("correct", 0L),
            d.getLong("wrong", 0L), choices));
      }
      return out;
    });
  }
}
