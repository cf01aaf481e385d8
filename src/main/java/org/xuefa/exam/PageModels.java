package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;

/** Template models for the exam pages, built from the same views the API answers with. */
final class PageModels {

  private PageModels() {}

  /** The paper being answered: questions with the saved choice checked; nothing of the key. */
  static Map<String, Object> taking(Attempt a, long now) {
    Map<String, Object> m = common(a);
    long remaining = Times.remainingSeconds(a.deadline(), now);
    m.put("remainingSeconds", remaining);
    m.put("remainingText", String.format("%d:%02d", remaining / 60, remaining % 60));
    m.put("deadlineLocal", Times.local(a.deadline()));
    m.put("canAnswer", now < a.deadline());
    m.put("inGrace", now >= a.deadline() && now < a.closeAt());
    m.put("graceLocal", a.graceUntil() > a.deadline() ? Times.local(a.graceUntil()) : null);
    List<Map<String, Object>> questions = new ArrayList<>();
    int no = 1;
    for (PaperQuestion q : a.paper()) {
      List<String> choice = a.answers().getOrDefault(q.id(), List.of());
      Map<String, Object> qm = question(q, no++);
      qm.put("answered", !choice.isEmpty());
      qm.put("options", q.options().stream().map(o -> option(o, choice.contains(o.key()), false)).toList());
      qm.put("disabled", now >= a.deadline());
      questions.add(qm);
    }
    m.put("questions", questions);
    m.put("answeredCount", a.answers().size());
    return m;
  }

  /** The closed attempt: result, and per question the choice, the key, the explanation and the source. */
  static Map<String, Object> closed(Attempt a, Map<String, Question> bank) {
    Map<String, Object> m = common(a);
    Result r = a.result();
    m.put("score", r.scoreText());
    m.put("maxScore", r.maxText());
    m.put("percent", r.percentText());
    m.put("passed", r.passed());
    m.put("grade", r.grade());
    m.put("correctCount", r.correctCount());
    m.put("statusLabel", Attempt.SUBMITTED.equals(a.status()) ? "已交卷" : "时间到，系统自动交卷");
    m.put("closedLocal", Times.local(a.closedAt()));
    m.put("startedLocal", Times.local(a.startedAt()));
    m.put("certificateNo", a.certificateNo());
    JsonObject view = AttemptViews.closed(a, bank);
    List<Map<String, Object>> questions = new ArrayList<>();
    int no = 1;
    for (Object o : view.getJsonArray("questions")) {
      JsonObject j = (JsonObject) o;
      PaperQuestion q = a.question(j.getString("id")).orElseThrow();
      List<String> choice = strings(j.getJsonArray("choice"));
      Map<String, Object> qm = question(q, no++);
      qm.put("options", q.options().stream()
          .map(opt -> option(opt, choice.contains(opt.key()), q.answer().contains(opt.key()))).toList());
      qm.put("correct", j.getBoolean("correct"));
      qm.put("earned", Result.text(((Number) j.getValue("earned")).doubleValue()));
      qm.put("keyText", String.join("", q.answer()));
      qm.put("choiceText", choice.isEmpty() ? "未作答" : String.join("", choice));
      qm.put("explanation", j.getString("explanation"));
      qm.put("source", j.getJsonObject("source") == null ? null : j.getJsonObject("source").getMap());
      questions.add(qm);
    }
    m.put("questions", questions);
    return m;
  }

  static Map<String, Object> question(PaperQuestion q, int no) {
    Map<String, Object> m = new HashMap<>();
    m.put("no", no);
    m.put("id", q.id());
    m.put("type", q.type().code());
    m.put("typeLabel", q.type().label());
    m.put("multiple", q.type() == QuestionType.MULTIPLE);
    m.put("points", q.points());
    m.put("stem", q.stem());
    return m;
  }

  static Map<String, Object> option(Question.Option o, boolean chosen, boolean isKey) {
    Map<String, Object> m = new HashMap<>();
    m.put("key", o.key());
    m.put("text", o.text());
    m.put("checked", chosen);
    m.put("isKey", isKey);
    return m;
  }

  private static Map<String, Object> common(Attempt a) {
    Map<String, Object> m = new HashMap<>();
    m.put("attemptId", a.id());
    m.put("examId", a.examId());
    m.put("examTitle", a.examTitle());
    m.put("attemptNo", a.attemptNo());
    m.put("name", a.name());
    m.put("unit", a.unit());
    m.put("username", a.username());
    m.put("ruleText", Exam.ruleText(a.rule()));
    m.put("passScore", a.passScore());
    m.put("total", a.paper().size());
    return m;
  }

  static List<String> strings(JsonArray a) {
    return a == null ? List.of() : a.stream().map(String::valueOf).toList();
  }
}
