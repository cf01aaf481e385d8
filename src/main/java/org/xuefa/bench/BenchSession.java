package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One person's side of the HTTP conversation, as a browser holds it: the session cookie set at login
 * and the CSRF token sent with every state-changing call. Every call is timed into the recorder given
 * and judged by a check that names what was wrong (or returns null when the answer is as the contract says).
 */
public final class BenchSession {

  /** A call answered otherwise than the contract says; the recorder already counted it. */
  public static final class StepFailed extends RuntimeException {
    StepFailed(String kind) {
      super(kind, null, false, false);
    }
  }

  private final WebClient client;
  private final long timeoutMillis;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String cookieHeader = "";
  private String csrf;

  public BenchSession(WebClient client, long timeoutMillis) {
    this.client = client;
    this.timeoutMillis = timeoutMillis;
  }

  /** Logs in; the time goes into {@code into} (the admin's login is not a candidate's). */
  public Future<JsonObject> login(String username, String password, LatencyRecorder into) {
    JsonObject body = new JsonObject().put("username", username).put("password", password);
    return send(into, HttpMethod.POST, "/api/session", body, r -> expectJson(r, 200, "csrfToken"))
        .map(r -> {
          JsonObject json = r.bodyAsJsonObject();
          csrf = json.getString("csrfToken");
          return json;
        });
  }

  /** Sends one call, times it into {@code rec}, and fails with {@link StepFailed} when the check names a fault. */
  public Future<HttpResponse<Buffer>> call(LatencyRecorder rec, HttpMethod method, String path, JsonObject body,
      Function<HttpResponse<Buffer>, String> check) {
    return send(rec, method, path, body, check);
  }

  private Future<HttpResponse<Buffer>> send(LatencyRecorder rec, HttpMethod method, String path, JsonObject body,
      Function<HttpResponse<Buffer>, String> check) {
    HttpRequest<Buffer> req = client.request(method, path).timeout(timeoutMillis).putHeader("Accept", "application/json");
    if (!cookieHeader.isEmpty()) {
      req.putHeader("Cookie", cookieHeader);
    }
    if (csrf != null && method != HttpMethod.GET) {
      req.putHeader("X-CSRF-Token", csrf);
    }
    long sent = System.nanoTime();
    Future<HttpResponse<Buffer>> answer = body == null ? req.send() : req.sendJsonObject(body);
    return answer.transform(ar -> {
      long answered = System.nanoTime();
      if (ar.failed()) {
        String kind = "no answer: " + ar.cause().getClass().getSimpleName();
        rec.error(kind, sent, answered);
        return Future.failedFuture(new StepFailed(kind));
      }
      HttpResponse<Buffer> r = ar.result();
      remember(r);
      String wrong = check.apply(r);
      if (wrong != null) {
        rec.error(wrong, sent, answered);
        return Future.failedFuture(new StepFailed(wrong));
      }
      rec.ok(sent, answered);
      return Future.succeededFuture(r);
    });
  }

  /** Keeps every cookie the server sets, by name, as a browser would (the session id may be rotated). */
  private void remember(HttpResponse<Buffer> r) {
    if (r.cookies().isEmpty()) {
      return;
    }
    for (String setCookie : r.cookies()) {
      String pair = setCookie.split(";", 2)[0].trim();
      int eq = pair.indexOf('=');
      if (eq > 0) {
        cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    StringBuilder sb = new StringBuilder();
    cookies.forEach((k, v) -> {
      if (!v.isEmpty()) {
        sb.append(sb.isEmpty() ? "" : "; ").append(k).append('=').append(v);
      }
    });
    cookieHeader = sb.toString();
  }

  /** The usual check: this status and a JSON object carrying {@code field}. */
  public static String expectJson(HttpResponse<Buffer> r, int status, String field) {
    if (r.statusCode() != status) {
      return "HTTP " + r.statusCode();
    }
    JsonObject json = jsonOrNull(r);
    if (json == null || !json.containsKey(field)) {
      return "HTTP " + status + " without \"" + field + "\"";
    }
    return null;
  }

  public static JsonObject jsonOrNull(HttpResponse<Buffer> r) {
    try {
      return r.bodyAsJsonObject();
    } catch (DecodeException | ClassCastException e) {
      return null;
    }
  }
}
