package org.xuefa.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON request body field by field with exact types, so that an operator object such as
 * {"$gt": ""} where a string belongs is a 400, never a query.
 */
public final class JsonInput {

  private final JsonObject body;

  private JsonInput(JsonObject body) {
    this.body = body;
  }

  public static JsonInput of(RoutingContext ctx) {
    JsonObject checked = ctx.get(JsonBodyGuard.PARSED);
    if (checked != null) {
      return new JsonInput(checked);
    }
    String raw = ctx.body() == null ? null : ctx.body().asString();
    if (raw == null || raw.isBlank()) {
      throw HttpFailure.badRequest("请求体为空：需要一个 JSON 对象");
    }
    try {
      Object parsed = io.vertx.core.json.Json.decodeValue(raw);
      if (!(parsed instanceof JsonObject obj)) {
        throw HttpFailure.badRequest("请求体必须是 JSON 对象 {…}");
      }
      return new JsonInput(obj);
    } catch (DecodeException e) {
      throw HttpFailure.badRequest("请求体不是有效的 JSON：" + shortReason(e));
    }
  }

  public static JsonInput of(JsonObject body) {
    return new JsonInput(body);
  }

  public String string(String field, int maxLength) {
    return optionalString(field, maxLength)
        .orElseThrow(() -> HttpFailure.badRequest("缺少字段 " + field));
  }

  public Optional<String> optionalString(String field, int maxLength) {
    Object v = body.getValue(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof String s)) {
      throw HttpFailure.badRequest("字段 " + field + " 必须是字符串");
    }
    if (s.length() > maxLength) {
      throw HttpFailure.badRequest("字段 " + field + " 过长（最多 " + maxLength + " 个字符）");
    }
    return Optional.of(s);
  }

  public int integer(String field, int min, int max) {
    return optionalInteger(field, min, max).orElseThrow(() -> HttpFailure.badRequest("缺少字段 " + field));
  }

  public Optional<Integer> optionalInteger(String field, int min, int max) {
    Object v = body.getValue(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
      throw HttpFailure.badRequest("字段 " + field + " 必须是整数");
    }
    long l = n.longValue();
    if (l < min || l > max) {
      throw HttpFailure.badRequest("字段 " + field + " 必须在 " + min + " 到 " + max + " 之间");
    }
    return Optional.of((int) l);
  }

  public Optional<Boolean> optionalBoolean(String field) {
    Object v = body.getValue(field);
    if (v == null) {
      return Optional.empty();
    }
    if (!(v instanceof Boolean b)) {
      throw HttpFailure.badRequest("字段 " + field + " 必须是 true 或 false");
    }
    return Optional.of(b);
  }

  /** A list of strings; each element must itself be a string of at most maxLength. */
  public List<String> stringList(String field, int maxItems, int maxLength) {
    Object v = body.getValue(field);
    if (v == null) {
      return List.of();
    }
    if (!(v instanceof JsonArray arr)) {
      throw HttpFailure.badRequest("字段 " + field + " 必须是字符串数组");
    }
    if (arr.size() > maxItems) {
      throw HttpFailure.badRequest("字段 " + field + " 最多 " + maxItems + " 项");
    }
    List<String> out = new ArrayList<>();
    for (Object o : arr) {
      if (!(o instanceof String s)) {
        throw HttpFailure.badRequest("字段 " + field + " 的每一项必须是字符串");
      }
      if (s.length() > maxLength) {
        throw HttpFailure.badRequest("字段 " + field + " 的某一项过长");
      }
      out.add(s);
    }
    return out;
  }

  public JsonObject raw() {
    return body;
  }

  static String shortReason(DecodeException e) {
    String m = String.valueOf(e.getMessage());
    int cut = m.indexOf('\n');
    m = cut > 0 ? m.substring(0, cut) : m;
    return m.length() > 120 ? m.substring(0, 120) : m;
  }
}
