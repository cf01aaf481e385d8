package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.xuefa.account.SessionUser;
import org.xuefa.question.QuestionType;

/**
 * An exam as stored in {@code exams}: the rules every attempt's paper is drawn by, the clock, the
 * pass mark (a percentage of the paper's maximum), who may sit it and when, and what a pass earns.
 */
public record Exam(
    String id,
    String title,
    int timeLimitSeconds,
    int passScore,
    List<ExamSection> sections,
    Map<QuestionType, Integer> typePoints,
    String multipleChoiceRule,
    int maxAttempts,
    Long opensAt,
    Long closesAt,
    List<String> units,
    int graceSeconds,
    boolean certificate,
    int certificateYears,
    String createdBy,
    String createdByUnit,
    long createdAt,
    String status) {

  public static final String ALL_OR_NOTHING = "all-or-nothing";
  public static final String PARTIAL = "partial";
  public static final String ACTIVE = "active";
  public static final String CLOSED = "closed";

  /** 单选 1, 多选 2, 判断 1: what Chinese papers usually give. */
  public static Map<QuestionType, Integer> defaultPoints() {
    Map<QuestionType, Integer> m = new EnumMap<>(QuestionType.class);
    m.put(QuestionType.SINGLE, 1);
    m.put(QuestionType.MULTIPLE, 2);
    m.put(QuestionType.JUDGE, 1);
    return m;
  }

  public int questionCount() {
    return sections.stream().mapToInt(ExamSection::count).sum();
  }

  public int pointsFor(ExamSection section, QuestionType type) {
    return section.points() != null ? section.points() : typePoints.getOrDefault(type, 1);
  }

  public boolean assignedTo(String unit) {
    return units.isEmpty() || units.contains(unit);
  }

  /** Why this person may not start now, or null when they may. */
  public String refusal(SessionUser user, long now) {
    if (!assignedTo(user.unit())) {
      return "此考试未分配给您所在的单位（" + user.unit() + "）";
    }
    if (!ACTIVE.equals(status)) {
      return "此考试已停止";
    }
    if (opensAt != null && now < opensAt) {
      return "考试尚未开始，开考时间：" + Times.local(opensAt);
    }
    if (closesAt != null && now >= closesAt) {
      return "考试已截止（" + Times.local(closesAt) + "）";
    }
    return null;
  }

  public String ruleLabel() {
    return ruleText(multipleChoiceRule);
  }

  /** The multiple-choice rule as the exam page states it. */
  public static String ruleText(String multipleChoiceRule) {
    return PARTIAL.equals(multipleChoiceRule)
        ? "多选题全部选对得满分；少选且未选错得一半分；有错选不得分"
        : "多选题须全部选对才得分，少选、多选、错选均不得分";
  }

  public JsonObject toDocument() {
    JsonObject points = new JsonObject();
    typePoints.forEach((t, p) -> points.put(t.code(), p));
    return new JsonObject().put("_id", id).put("title", title).put("timeLimitSeconds", timeLimitSeconds)
        .put("passScore", passScore)
        .put("sections", new JsonArray(sections.stream().map(ExamSection::toJson).toList()))
        .put("points", points).put("multipleChoiceRule", multipleChoiceRule).put("maxAttempts", maxAttempts)
        .put("opensAt", opensAt).put("closesAt", closesAt).put("units", new JsonArray(units))
        .put("graceSeconds", graceSeconds).put("certificate", certificate).put("certificateYears", certificateYears)
        .put("createdBy", createdBy).put("createdByUnit", createdByUnit).put("createdAt", createdAt)
        .put("status", status);
  }

  public static Exam fromDocument(JsonObject d) {
    Map<QuestionType, Integer> points = defaultPoints();
    JsonObject p = d.getJsonObject("points", new JsonObject());
    for (QuestionType t : QuestionType.values()) {
      if (p.getInteger(t.code()) != null) {
        points.put(t, p.getInteger(t.code()));
      }
    }
    List<ExamSection> sections = d.getJsonArray("sections", new JsonArray()).stream()
        .map(o -> ExamSection.fromJson((JsonObject) o)).toList();
    return new Exam(d.getString("_id"), d.getString("title"), d.getInteger("timeLimitSeconds", 3600),
        d.getInteger("passScore", 60), sections, points, d.getString("multipleChoiceRule", ALL_OR_NOTHING),
        d.getInteger("maxAttempts", 1), d.getLong("opensAt"), d.getLong("closesAt"),
        d.getJsonArray("units", new JsonArray()).stream().map(String::valueOf).toList(),
        d.getInteger("graceSeconds", 0), d.getBoolean("certificate", true), d.getInteger("certificateYears", 5),
        d.getString("createdBy"), d.getString("createdByUnit", ""), d.getLong("createdAt", 0L),
        d.getString("status", ACTIVE));
  }

  /** What GET /api/exams shows of the exam itself (the person's attempts are added by the caller). */
  public JsonObject toJson() {
    JsonObject points = new JsonObject();
    typePoints.forEach((t, p) -> points.put(t.code(), p));
    return new JsonObject().put("id", id).put("title", title).put("timeLimitSeconds", timeLimitSeconds)
        .put("passScore", passScore).put("questionCount", questionCount())
        .put("sections", new JsonArray(sections.stream().map(ExamSection::toJson).toList()))
        .put("points", points).put("multipleChoiceRule", multipleChoiceRule).put("ruleText", ruleLabel())
        .put("maxAttempts", maxAttempts).put("opensAt", Times.iso(opensAt)).put("closesAt", Times.iso(closesAt))
        .put("units", new JsonArray(units)).put("graceSeconds", graceSeconds).put("certificate", certificate)
        .put("certificateYears", certificateYears).put("status", status);
  }
}
