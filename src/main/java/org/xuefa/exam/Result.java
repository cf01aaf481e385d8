package org.xuefa.exam;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** An attempt's grade, embedded in the attempt when it closes; {@code earned} holds the points per question. */
public record Result(double score, double maxScore, double percent, boolean passed, String grade, int correctCount,
    int questionCount, Map<String, Double> earned) {

  public JsonObject toDocument() {
    JsonObject e = new JsonObject();
    earned.forEach(e::put);
    return toJson().put("earned", e);
  }

  /** What the API shows: {"score","maxScore","passed",…}; whole numbers stay whole. */
  public JsonObject toJson() {
    return new JsonObject().put("score", number(score)).put("maxScore", number(maxScore)).put("passed", passed)
        .put("percent", number(percent)).put("grade", grade).put("correctCount", correctCount)
        .put("questionCount", questionCount);
  }

  public static Result fromDocument(JsonObject d) {
    Map<String, Double> earned = new LinkedHashMap<>();
    d.getJsonObject("earned", new JsonObject()).forEach(en -> earned.put(en.getKey(), ((Number) en.getValue()).doubleValue()));
    return new Result(d.getNumber("score").doubleValue(), d.getNumber("maxScore").doubleValue(),
        d.getNumber("percent", 0).doubleValue(), d.getBoolean("passed", false), d.getString("grade", ""),
        d.getInteger("correctCount", 0), d.getInteger("questionCount", 0), earned);
  }

  public String scoreText() {
    return text(score);
  }

  public String maxText() {
    return text(maxScore);
  }

  public String percentText() {
    return text(percent);
  }

  static Number number(double v) {
    return v == Math.rint(v) ? (Number) (long) v : (Number) v;
  }

  static String text(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
