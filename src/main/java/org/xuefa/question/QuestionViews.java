package org.xuefa.question;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.xuefa.web.Times;

/** Turns questions, drafts and filters into the plain maps the Mustache templates read (escaped there). */
final class QuestionViews {

  static final Map<String, String> STATUS_LABELS = Map.of(
      Question.ACTIVE, "在用", Question.REVIEW, "待复核", Question.RETIRED, "已停用");

  private QuestionViews() {}

  /** One question on the trainer's list: everything, the key marked, with its statistics. */
  static Map<String, Object> card(QuestionRepository.Stored stored, QuestionStats.Counts counts, String back) {
    Question q = stored.question();
    Map<String, Object> m = new HashMap<>();
    m.put("id", q.id());
    m.put("typeLabel", q.type().label());
    m.put("stem", q.stem());
    m.put("options", q.options().stream().map(o -> Map.of("key", o.key(), "text", o.text(),
        "correct", q.answer().contains(o.key()))).toList());
    m.put("answerText", q.type() == QuestionType.JUDGE
        ? (q.answer().contains("A") ? "正确" : "错误") : String.join("", q.answer()));
    m.put("explanation", q.explanation());
    m.put("sources", q.sources().stream().map(s -> Map.of("title", s.title(), "url", s.url())).toList());
    m.put("tags", q.tags());
    m.put("difficulty", q.difficulty());
    m.put("status", q.status());
    m.put("statusLabel", STATUS_LABELS.getOrDefault(q.status(), q.status()));
    m.put("review", Question.REVIEW.equals(q.status()));
    m.put("retired", Question.RETIRED.equals(q.status()));
    m.put("reviewReason", q.reviewReason());
    m.put("version", q.version());
    QuestionStats.Counts c = counts == null ? QuestionStats.Counts.NONE : counts;
    m.put("attempts", c.attempts());
    m.put("answered", c.attempts() > 0);
    m.put("correctRate", c.correctRate());
    m.put("audit", audit(stored));
    m.put("back", back);
    return m;
  }

  private static String audit(QuestionRepository.Stored s) {
    List<String> parts = new ArrayList<>();
    var a = s.audit();
    if (a.containsKey("updatedBy")) {
      parts.add("最后修改：" + a.getString("updatedBy") + " " + when(a.getLong("updatedAt")));
    }
    if (a.containsKey("clearedBy")) {
      parts.add("复核通过：" + a.getString("clearedBy") + " " + when(a.getLong("clearedAt")));
    }
    if (a.containsKey("retiredBy") && Question.RETIRED.equals(s.question().status())) {
      parts.add("停用：" + a.getString("retiredBy") + " " + when(a.getLong("retiredAt")));
    }
    return String.join("；", parts);
  }

  private static String when(Long millis) {
    return millis == null ? "" : Times.minute(millis);
  }

  /** The filter form's choices with the current ones selected. */
  static Map<String, Object> filters(QuestionFilter f, List<String> tags, long reviewCount) {
    Map<String, Object> m = new HashMap<>();
    m.put("q", f.text());
    m.put("tags", tags.stream().map(t -> Map.of("value", t, "selected", t.equals(f.tag()))).toList());
    List<Map<String, Object>> types = new ArrayList<>();
    types.add(Map.of("value", "", "label", "全部题型", "selected", f.type() == null));
    for (QuestionType t : QuestionType.values()) {
      types.add(Map.of("value", t.code(), "label", t.label(), "selected", t == f.type()));
    }
    m.put("types", types);
    List<Map<String, Object>> statuses = new ArrayList<>();
    statuses.add(Map.of("value", "", "label", "全部状态", "selected", f.status().isEmpty()));
    for (String s : List.of(Question.ACTIVE, Question.REVIEW, Question.RETIRED)) {
      String label = STATUS_LABELS.get(s) + (s.equals(Question.REVIEW) ? "（" + reviewCount + "）" : "");
      statuses.add(Map.of("value", s, "label", label, "selected", s.equals(f.status())));
    }
    m.put("statuses", statuses);
    return m;
  }

  /** The list URL for these filters at an offset (for paging links and the back target of actions). */
  static String listUrl(QuestionFilter f, int offset) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("tag", f.tag());
    params.put("type", f.type() == null ? "" : f.type().code());
    params.put("status", f.status());
    params.put("q", f.text());
    params.put("offset", offset > 0 ? String.valueOf(offset) : "");
    String query = params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return QuestionPages.LIST + (query.isEmpty() ? "" : "?" + query);
  }

  /** The form's fields for a draft (new, edit, or the same values sent back with an error). */
  static Map<String, Object> form(QuestionDraft d, boolean isNew, long version) {
    Map<String, Object> m = new HashMap<>();
    QuestionType type = QuestionType.parse(d.type()).orElse(QuestionType.SINGLE);
    m.put("isNew", isNew);
    m.put("id", d.id());
    m.put("action", isNew ? QuestionPages.LIST : QuestionPages.LIST + "/" + encode(d.id()) + "/edit");
    m.put("types", List.of(QuestionType.values()).stream().map(t -> Map.of("value", t.code(), "label", t.label(),
        "selected", t == type)).toList());
    Set<String> checked = checkedKeys(type, d.answer());
    List<Map<String, Object>> options = new ArrayList<>();
    for (int i = 0; i < QuestionDraft.KEYS.length(); i++) {
      String key = String.valueOf(QuestionDraft.KEYS.charAt(i));
      options.add(Map.of("key", key, "text", d.options().get(i), "checked", checked.contains(key)));
    }
    m.put("options", options);
    m.put("stem", d.stem());
    m.put("explanation", d.explanation());
    m.put("sources", d.sources());
    m.put("tags", d.tags());
    String difficulty = d.difficulty().isBlank() ? "中" : d.difficulty();
    m.put("difficulties", List.of("易", "中", "难").stream().map(v -> Map.of("value", v,
        "selected", v.equals(difficulty))).toList());
    m.put("version", version);
    return m;
  }

  private static Set<String> checkedKeys(QuestionType type, String answer) {
    String a = answer.strip();
    if (type == QuestionType.JUDGE) {
      return a.equals("正确") || a.equals("对") || a.equals("A") ? Set.of("A")
          : a.equals("错误") || a.equals("错") || a.equals("B") ? Set.of("B") : Set.of();
    }
    return a.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.toSet());
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
