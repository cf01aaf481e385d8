package org.xuefa.exam;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;

/**
 * Two sample exams over the shipped bank for the demo data set: the general part of the enforcement
 * certificate exam (单选 40 × 1, 多选 20 × 2, 判断 20 × 1 = 100 分, 90 分钟, one make-up) and a short
 * Constitution quiz. Titles say 样例, like every piece of demo data.
 */
public final class DemoExams {

  private DemoExams() {}

  /** Creates the exams as the demo trainer {@code username} of {@code unit}. */
  public static Future<Void> load(Exams exams, String username, String unit, long now) {
    SessionUser author = new SessionUser("demo", username, username, Role.TRAINER, unit, "", Long.MAX_VALUE);
    JsonObject certificate = new JsonObject().put("title", "行政执法资格考试·通用法律知识（样例）")
        .put("timeLimitSeconds", 90 * 60).put("passScore", 60).put("maxAttempts", 2).put("certificateYears", 5)
        .put("sections", new JsonArray()
            .add(section("单选", 40, 1)).add(section("多选", 20, 2)).add(section("判断", 20, 1)));
    JsonObject quiz = new JsonObject().put("title", "宪法知识小测（样例）").put("timeLimitSeconds", 15 * 60)
        .put("passScore", 60).put("questionCount", 15).put("tags", new JsonArray().add("宪法")).put("maxAttempts", 3)
        .put("certificate", false);
    return exams.exams().create(author, certificate, now)
        .compose(v -> exams.exams().create(author, quiz, now))
        .mapEmpty();
  }

  private static JsonObject section(String type, int count, int points) {
    return new JsonObject().put("tag", "执法资格").put("type", type).put("count", count).put("points", points);
  }
}
