package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Optional;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;

/**
 * One part of a paper: {@code count} questions drawn from the active questions carrying any of
 * {@code tags} (none: all) of {@code type} (null: any), each worth {@code points} (null: the exam's
 * points for the question's type).
 */
public record ExamSection(List<String> tags, QuestionType type, int count, Integer points) {

  public boolean matches(Question q) {
    return (type == null || q.type() == type) && (tags.isEmpty() || q.tags().stream().anyMatch(tags::contains));
  }

  /** Why a trainer sees this section in a message: "标签 宪法、单选". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(tags.isEmpty() ? "全部标签" : "标签 " + String.join("、", tags));
    Optional.ofNullable(type).ifPresent(t -> sb.append("、").append(t.label()));
    return sb.toString();
  }

  public JsonObject toJson() {
    return new JsonObject().put("tags", new JsonArray(tags)).put("type", type == null ? null : type.code())
        .put("count", count).put("points", points);
  }

  public static ExamSection fromJson(JsonObject j) {
    List<String> tags = j.getJsonArray("tags", new JsonArray()).stream().map(String::valueOf).toList();
    QuestionType type = QuestionType.parse(j.getString("type")).orElse(null);
    return new ExamSection(tags, type, j.getInteger("count", 0), j.getInteger("points"));
  }
}
