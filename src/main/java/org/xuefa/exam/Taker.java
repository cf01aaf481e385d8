package org.xuefa.exam;

import io.vertx.core.json.JsonObject;

/**
 * One person's standing in one exam ({@code exam_takers}, {@code _id} = examId|username): attempts
 * used and granted, the attempt in progress, the best result, and the flags that let counters move
 * exactly once per person.
 */
public record Taker(String examId, String username, String name, String unit, int used, int extra, String current,
    boolean finished, boolean passed, JsonObject best, String lastStatus, String certificateNo) {

  public static String key(String examId, String username) {
    return examId + "|" + username;
  }

  public static Taker fromDocument(JsonObject d) {
    return new Taker(d.getString("examId"), d.getString("username"), d.getString("name", d.getString("username")),
        d.getString("unit", ""), d.getInteger("used", 0), d.getInteger("extra", 0), d.getString("current"),
        d.getBoolean("finished", false), d.getBoolean("passed", false), d.getJsonObject("best"),
        d.getString("lastStatus"), d.getString("certificateNo"));
  }

  public int allowed(Exam exam) {
    return exam.maxAttempts() + extra;
  }

  public double bestPercent() {
    return best == null ? -1 : best.getNumber("percent", 0).doubleValue();
  }
}
