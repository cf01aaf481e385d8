package org.xuefa.web;

import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import java.util.Map;

/**
 * Checks every API request body once, before any handler sees it: it must be a JSON object (whatever
 * its Content-Type says, except multipart), and no field name anywhere in it may start with $ or hold a dot. Such names are
 * MongoDB operators and paths ({"$set": …}, {"a.b": …}); no route takes them, and a handler that
 * copied the body into a query or update would otherwise obey them. Nor may an array hold a string
 * like "$where": in an aggregation such a value names a field or an operator, and no list a route
 * takes (answers, tags, units, options) has a use for one. Routes that take no body accept an empty one.
 */
public final class JsonBodyGuard implements Handler<RoutingContext> {

  /** Where the parsed body is left for {@link JsonInput#of(RoutingContext)}, so it is parsed once. */
  static final String PARSED = "xuefa.jsonBody";
  private static final int MAX_DEPTH = 20;

  @Override
  public void handle(RoutingContext ctx) {
    // The body decides, not its label: scripts that send JSON without the header (curl -d, plain HTTP
    // clients) keep working; a form or text body that is not a JSON object is refused below. Files go
    // to the upload forms, never to /api (and a multipart body reaches here already taken apart).
    String type = String.valueOf(ctx.request().getHeader("Content-Type")).toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      ctx.fail(new HttpFailure(415, "接口只接受 JSON 请求体（Content-Type: application/json）；上传文件请用相应的上传页面"));
      return;
    }
    String raw = ctx.body() == null ? null : ctx.body().asString();
    if (raw == null || raw.isBlank()) {
      ctx.next();
      return;
    }
    Object parsed;
    try {
      parsed = Json.decodeValue(raw);
    } catch (DecodeException e) {
      ctx.fail(HttpFailure.badRequest("请求体不是有效的 JSON：" + JsonInput.shortReason(e)));
      return;
    }
    if (!(parsed instanceof JsonObject body)) {
      ctx.fail(HttpFailure.badRequest("请求体必须是 JSON 对象 {…}"));
      return;
    }
    String bad = badName(body, 0);
    if (bad != null) {
      ctx.fail(HttpFailure.badRequest("“" + shown(bad) + "” 不允许：字段名和数组中的文字不能以 $ 开头，字段名也不能含有 ."));
      return;
    }
    ctx.put(PARSED, body);
    ctx.next();
  }

  /** The first field name (or array string) that is an operator or a dotted path, at any depth; null if none. */
  static String badName(Object value, int depth) {
    if (depth > MAX_DEPTH) {
      return "（嵌套过深）";
    }
    if (value instanceof JsonObject obj) {
      for (Map.Entry<String, Object> e : obj) {
        String name = e.getKey();
        if (name.startsWith("$") || name.indexOf('.') >= 0 || name.indexOf('\0') >= 0) {
          return name;
        }
        String inner = badName(e.getValue(), depth + 1);
        if (inner != null) {
          return inner;
        }
      }
    } else if (value instanceof JsonArray arr) {
      for (Object o : arr) {
        if (o instanceof String s && looksLikeOperator(s)) {
          return s;
        }
        String inner = badName(o, depth + 1);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /** "$where", "$gt", "$field": a dollar and a letter; "$100" is an amount, not an operator. */
  private static boolean looksLikeOperator(String s) {
    return s.length() > 1 && s.charAt(0) == '$' && (Character.isLetter(s.charAt(1)) || s.charAt(1) == '_');
  }

  private static String shown(String name) {
    String clean = name.replaceAll("\\p{Cntrl}", "");
    return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
  }
}
