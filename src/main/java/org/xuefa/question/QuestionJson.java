package org.xuefa.question;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.xuefa.web.HttpFailure;
import org.xuefa.web.JsonInput;

/**
 * The API's question shapes: a JSON body read into a {@link QuestionDraft} with exact types (every
 * value ends up a string, so nothing in a body can become a query), and the trainer's view out.
 */
final class QuestionJson {

  private static final int MAX_TEXT = 20_000;

  private QuestionJson() {}

  /** Reads {"id","type","stem","options","answer","explanation","sources","tags","difficulty"}. */
  static QuestionDraft draft(JsonInput in) {
    JsonObject body = in.raw();
    return new QuestionDraft(in.optionalString("id", 100).orElse(""), in.optionalString("type", 40).orElse(""),
        in.optionalString("stem", MAX_TEXT).orElse(""), options(body.getValue("options")),
        answer(body.getValue("answer")), in.optionalString("explanation", MAX_TEXT).orElse(""), sources(body),
        String.join("；", list(body.getValue("tags"), "tags")),
        difficulty(body.getValue("difficulty")));
  }

  /** The trainer's view: {@link Question#toTrainerJson()} with the version, statistics and who changed it when. */
  static JsonObject trainer(QuestionRepository.Stored s, QuestionStats.Counts counts) {
    JsonObject audit = new JsonObject();
    s.audit().forEach(e -> audit.put(e.getKey(), e.getKey().endsWith("At") && e.getValue() instanceof Number n
        ? Instant.ofEpochMilli(n.longValue()).toString() : e.getValue()));
    return s.question().toTrainerJson().put("version", s.question().version())
        .put("stats", (counts == null ? QuestionStats.Counts.NONE : counts).toJson()).put("audit", audit);
  }

  static JsonObject trainer(Question q) {
    return q.toTrainerJson().put("version", q.version());
  }

  private static List<String> options(Object v) {
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray arr) || arr.size() > QuestionDraft.KEYS.length()) {
      throw HttpFailure.badRequest("字段 options 必须是最多 6 项的数组：选项文字，或 {\"key\":\"A\",\"text\":\"…\"}");
    }
    List<String> out = new ArrayList<>(List.of("", "", "", "", "", ""));
    for (int i = 0; i < arr.size(); i++) {
      Object o = arr.getValue(i);
      if (o instanceof String s) {
        out.set(i, limited(s, "options"));
      } else if (o instanceof JsonObject obj && obj.getValue("key") instanceof String key
          && key.length() == 1 && QuestionDraft.KEYS.contains(key) && obj.getValue("text") instanceof String text) {
        out.set(QuestionDraft.KEYS.indexOf(key), limited(text, "options"));
      } else {
        throw HttpFailure.badRequest("字段 options 的每一项必须是字符串或 {\"key\":\"A\"…\"F\",\"text\":\"…\"}");
      }
    }
    return out;
  }

  private static String answer(Object v) {
    if (v instanceof Boolean b) {
      return b ? "正确" : "错误";
    }
    return String.join("", list(v, "answer").stream().map(String::strip).toList());
  }

  private static String sources(JsonObject body) {
    Object v = body.containsKey("sources") ? body.getValue("sources") : body.getValue("source");
    if (v instanceof JsonObject obj && obj.getValue("ref") instanceof String ref) {
      return limited(ref, "source");
    }
    if (v instanceof JsonArray arr) {
      List<String> refs = new ArrayList<>();
      for (Object o : arr) {
        if (o instanceof JsonObject obj && obj.getValue("ref") instanceof String ref) {
          refs.add(limited(ref, "sources"));
        } else if (o instanceof String s) {
          refs.add(limited(s, "sources"));
        } else {
          throw HttpFailure.badRequest("字段 sources 的每一项必须是出处字符串，如 law:civil-code:496 或 《民法典》第496条");
        }
      }
      return String.join("；", refs);
    }
    return String.join("；", list(v, "sources"));
  }

  private static String difficulty(Object v) {
    if (v instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
      return String.valueOf(n.intValue());
    }
    return String.join("", list(v, "difficulty"));
  }

  /** A string or an array of strings. */
  private static List<String> list(Object v, String field) {
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      return List.of(limited(s, field));
    }
    if (v instanceof JsonArray arr && arr.size() <= 50) {
      List<String> out = new ArrayList<>();
      for (Object o : arr) {
        if (!(o instanceof String s)) {
          throw HttpFailure.badRequest("字段 " + field + " 的每一项必须是字符串");
        }
        out.add(limited(s, field));
      }
      return String.join("", out).isEmpty() ? List.of() : out;
    }
    throw HttpFailure.badRequest("字段 " + field + " 必须是字符串或字符串数组");
  }

  private static String limited(String s, String field) {
    if (s.length() > MAX_TEXT) {
      throw HttpFailure.badRequest("字段 " + field + " 过长");
    }
    return s;
  }

  static JsonObject listing(QuestionService.Listing listing, int limit, int offset) {
    Map<String, QuestionStats.Counts> stats = listing.stats();
    return new JsonObject().put("total", listing.total()).put("limit", limit).put("offset", offset)
        .put("questions", new JsonArray(listing.items().stream()
            .map(s -> trainer(s, stats.get(s.question().id()))).toList()));
  }
}
