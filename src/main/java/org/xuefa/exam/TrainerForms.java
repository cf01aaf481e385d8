package org.xuefa.exam;

import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import org.xuefa.web.HttpFailure;

/** Turns the trainer's create form into the API's JSON body, and an exam into what the trainer page shows. */
final class TrainerForms {

  private TrainerForms() {}

  /**
   * Form fields → the body of POST /api/exams. Sections come one per line as
   * "标签|题型|数量|分值" (标签, 题型 and 分值 may be left empty).
   */
  static JsonObject examBody(MultiMap f) {
    JsonObject body = new JsonObject().put("title", text(f, "title"))
        .put("timeLimitSeconds", number(f, "minutes", "考试时长（分钟）") * 60)
        .put("passScore", number(f, "passScore", "及格线"))
        .put("maxAttempts", number(f, "maxAttempts", "可考次数"))
        .put("multipleChoiceRule", "partial".equals(text(f, "multipleChoiceRule")) ? Exam.PARTIAL : Exam.ALL_OR_NOTHING)
        .put("units", new JsonArray(f.getAll("units").stream().filter(s -> !s.isBlank()).toList()))
        .put("tags", new JsonArray(java.util.Arrays.stream(text(f, "tags").split("[,，、\\s]+"))
            .filter(s -> !s.isBlank()).toList()));
    String count = text(f, "questionCount");
    if (!count.isEmpty()) {
      body.put("questionCount", number(f, "questionCount", "题量"));
    }
    putIfPresent(body, "opensAt", text(f, "opensAt"));
    putIfPresent(body, "closesAt", text(f, "closesAt"));
    if (!text(f, "graceMinutes").isEmpty()) {
      body.put("graceSeconds", number(f, "graceMinutes", "宽限期（分钟）") * 60);
    }
    if (!text(f, "certificateYears").isEmpty()) {
      body.put("certificateYears", number(f, "certificateYears", "证书有效期（年）"));
    }
    JsonArray sections = new JsonArray();
    for (Object line : TrainerExamPages.lines(text(f, "sections"))) {
      String[] p = ((String) line).split("[|｜]", -1);
      if (p.length < 3) {
        throw HttpFailure.badRequest("分节“" + line + "”应写成 标签|题型|数量|分值");
      }
      JsonObject s = new JsonObject().put("tag", p[0].strip()).put("type", p[1].strip())
          .put("count", parse(p[2], "分节题量"));
      if (p.length > 3 && !p[3].isBlank()) {
        s.put("points", parse(p[3], "分节分值"));
      }
      sections.add(s);
    }
    if (!sections.isEmpty()) {
      body.put("sections", sections);
    }
    return body;
  }

  static Map<String, Object> examModel(Exam e) {
    Map<String, Object> m = new HashMap<>();
    m.put("id", e.id());
    m.put("title", e.title());
    m.put("count", e.questionCount());
    m.put("minutes", (e.timeLimitSeconds() + 59) / 60);
    m.put("passScore", e.passScore());
    m.put("maxAttempts", e.maxAttempts());
    m.put("ruleText", e.ruleLabel());
    m.put("units", e.units().isEmpty() ? "全部单位" : String.join("、", e.units()));
    m.put("opens", e.opensAt() == null ? "不限" : Times.local(e.opensAt()));
    m.put("closes", e.closesAt() == null ? "不限" : Times.local(e.closesAt()));
    m.put("active", Exam.ACTIVE.equals(e.status()));
    m.put("sections", e.sections().stream().map(s -> s.describe() + "：" + s.count() + " 题"
        + (s.points() == null ? "" : "，每题 " + s.points() + " 分")).toList());
    m.put("certificateYears", e.certificateYears());
    m.put("graceMinutes", e.graceSeconds() / 60);
    return m;
  }

  static String kindLabel(String kind) {
    return switch (kind == null ? "" : kind) {
      case OverrideService.EXTRA_TIME -> "延长时间";
      case OverrideService.GRACE -> "交卷宽限期";
      case OverrideService.EXTRA_ATTEMPT -> "补考机会";
      default -> kind;
    };
  }

  private static void putIfPresent(JsonObject body, String field, String value) {
    if (!value.isEmpty()) {
      body.put(field, value);
    }
  }

  private static String text(MultiMap f, String field) {
    String v = f.get(field);
    return v == null ? "" : v.strip();
  }

  private static int number(MultiMap f, String field, String label) {
    return parse(text(f, field), label);
  }

  private static int parse(String v, String label) {
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest(label + "必须是整数");
    }
  }
}
