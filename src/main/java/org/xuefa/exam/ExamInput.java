package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xuefa.account.SessionUser;
import org.xuefa.question.QuestionType;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.JsonInput;

/**
 * Reads a new exam from the contract's body ({@code title, timeLimitSeconds, passScore, questionCount,
 * tags, maxAttempts, units}) plus the finer optional fields ({@code sections, points,
 * multipleChoiceRule, opensAt, closesAt, graceSeconds, certificate, certificateYears}); each bad field a 400.
 */
final class ExamInput {

  static final int MAX_QUESTIONS = 300;

  private ExamInput() {}

  static Exam parse(JsonObject body, SessionUser by, String id, long now, Set<String> knownUnits) {
    JsonInput in = JsonInput.of(body);
    String title = in.string("title", 100).strip();
    if (title.isEmpty()) {
      throw HttpFailure.badRequest("请填写考试名称");
    }
    int timeLimit = in.integer("timeLimitSeconds", 1, 24 * 3600);
    int passScore = in.optionalInteger("passScore", 0, 100).orElse(60);
    List<String> tags = clean(in.stringList("tags", 50, 40));
    List<ExamSection> sections = sections(body.getValue("sections"));
    if (sections.isEmpty()) {
      int count = in.integer("questionCount", 1, MAX_QUESTIONS);
      sections = List.of(new ExamSection(tags, null, count, null));
    } else if (sections.stream().mapToInt(ExamSection::count).sum() > MAX_QUESTIONS) {
      throw HttpFailure.badRequest("一份试卷最多 " + MAX_QUESTIONS + " 道题");
    }
    String rule = in.optionalString("multipleChoiceRule", 20).orElse(Exam.ALL_OR_NOTHING);
    if (!rule.equals(Exam.ALL_OR_NOTHING) && !rule.equals(Exam.PARTIAL)) {
      throw HttpFailure.badRequest("multipleChoiceRule 只能是 all-or-nothing 或 partial");
    }
    Long opensAt = time(in, "opensAt");
    Long closesAt = time(in, "closesAt");
    if (opensAt != null && closesAt != null && closesAt <= opensAt) {
      throw HttpFailure.badRequest("截止时间必须晚于开考时间");
    }
    List<String> units = clean(in.stringList("units", 500, 60));
    for (String u : units) {
      if (!knownUnits.contains(u)) {
        throw HttpFailure.badRequest("单位“" + u + "”不存在");
      }
    }
    return new Exam(id, title, timeLimit, passScore, sections, points(body.getValue("points")), rule,
        in.optionalInteger("maxAttempts", 1, 20).orElse(1), opensAt, closesAt, units,
        in.optionalInteger("graceSeconds", 0, 3600).orElse(0), in.optionalBoolean("certificate").orElse(true),
        in.optionalInteger("certificateYears", 1, 20).orElse(5), by.username(), by.unit(), now, Exam.ACTIVE);
  }

  private static List<ExamSection> sections(Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray arr) || arr.size() > 20) {
      throw HttpFailure.badRequest("字段 sections 必须是最多 20 项的数组");
    }
    List<ExamSection> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof JsonObject obj)) {
        throw HttpFailure.badRequest("sections 的每一项必须是对象 {tag, type, count, points}");
      }
      JsonInput s = JsonInput.of(obj);
      List<String> tags = new ArrayList<>(clean(s.stringList("tags", 20, 40)));
      s.optionalString("tag", 40).map(String::strip).filter(t -> !t.isEmpty()).ifPresent(tags::add);
      QuestionType type = s.optionalString("type", 20).filter(t -> !t.isBlank())
          .map(t -> QuestionType.parse(t).orElseThrow(() -> HttpFailure.badRequest("未知题型“" + t + "”")))
          .orElse(null);
      out.add(new ExamSection(List.copyOf(tags), type, s.integer("count", 1, MAX_QUESTIONS),
          s.optionalInteger("points", 1, 100).orElse(null)));
    }
    return out;
  }

  private static Map<QuestionType, Integer> points(Object value) {
    Map<QuestionType, Integer> points = new EnumMap<>(Exam.defaultPoints());
    if (value == null) {
      return points;
    }
    if (!(value instanceof JsonObject obj)) {
      throw HttpFailure.badRequest("字段 points 必须是对象 {single, multiple, judge}");
    }
    JsonInput p = JsonInput.of(obj);
    for (QuestionType t : QuestionType.values()) {
      p.optionalInteger(t.code(), 1, 100).ifPresent(n -> points.put(t, n));
    }
    return points;
  }

  private static Long time(JsonInput in, String field) {
    Optional<String> text = in.optionalString(field, 40).filter(s -> !s.isBlank());
    if (text.isEmpty()) {
      return null;
    }
    return Times.parse(text.get()).orElseThrow(() ->
        HttpFailure.badRequest("字段 " + field + " 不是有效的时间（例如 2026-12-01T09:00:00+08:00）"));
  }

  private static List<String> clean(List<String> items) {
    return items.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
