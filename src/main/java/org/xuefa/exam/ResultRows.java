package org.xuefa.exam;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A trainer's results table: one row per person who started, as JSON and as CSV that Excel opens. */
final class ResultRows {

  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ResultRows() {}

  static String statusLabel(Taker t) {
    if (t.current() != null) {
      return "作答中";
    }
    if (t.lastStatus() == null) {
      return t.used() == 0 ? "未开始" : "作答中";
    }
    return Attempt.SUBMITTED.equals(t.lastStatus()) ? "已交卷" : "超时结束";
  }

  static JsonObject toJson(Taker t) {
    JsonObject best = t.best();
    return new JsonObject().put("username", t.username()).put("name", t.name()).put("unit", t.unit())
        .put("status", t.current() != null ? Attempt.IN_PROGRESS : t.lastStatus()).put("statusLabel", statusLabel(t))
        .put("currentAttemptId", t.current()).put("attemptsUsed", t.used()).put("extraAttempts", t.extra())
        .put("score", best == null ? null : best.getValue("score"))
        .put("maxScore", best == null ? null : best.getValue("maxScore"))
        .put("percent", best == null ? null : best.getValue("percent"))
        .put("grade", best == null ? null : best.getString("grade"))
        .put("bestAttemptId", best == null ? null : best.getString("attemptId"))
        .put("passed", t.passed()).put("certificateNo", t.certificateNo());
  }

  static JsonObject overrideJson(JsonObject o) {
    return new JsonObject().put("username", o.getString("username")).put("attemptId", o.getString("attemptId"))
        .put("kind", o.getString("kind")).put("seconds", o.getInteger("seconds", 0))
        .put("reason", o.getString("reason", "")).put("by", o.getString("by")).put("at", Times.iso(o.getLong("at")));
  }

  /** UTF-8 with a BOM so that Excel shows the Chinese; every field quoted, formulas defused. */
  static byte[] csv(Exam exam, List<Taker> rows) {
    StringBuilder sb = new StringBuilder();
    line(sb, "考试", "用户名", "姓名", "单位", "状态", "已用次数", "得分", "满分", "得分率%", "等级", "是否通过", "证书编号");
    for (Taker t : rows) {
      JsonObject j = toJson(t);
      line(sb, exam.title(), t.username(), t.name(), t.unit(), statusLabel(t), String.valueOf(t.used()),
          text(j.getValue("score")), text(j.getValue("maxScore")), text(j.getValue("percent")),
          text(j.getValue("grade")), t.passed() ? "通过" : "未通过", text(t.certificateNo()));
    }
    return withBom(sb.toString());
  }

  static byte[] withBom(String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }

  static void line(StringBuilder sb, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(quote(fields[i]));
    }
    sb.append("\r\n");
  }

  /** A cell starting with = + - @ would be a formula in Excel: prefix it with an apostrophe. */
  static String quote(String v) {
    String s = v == null ? "" : v;
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      s = "'" + s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String text(Object v) {
    return v == null ? "" : String.valueOf(v);
  }
}
