package org.xuefa.bench;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One person's side of the HTTP conversation, as a browser holds it: the session cookie set at login
 * and the CSRF token sent with every state-changing call. Every call is timed into the recorder given
 * and judged by a check that names what was wrong (or returns null when the answer is as the contract says).
 * It speaks through Vert.x's plain HTTP client, not the web client: the tool shares the server's cores,
 * and every microsecond it spends is one the server does not get.
 */
public final class BenchSession {

  /** An answer: status, body and the cookies it set. */
  public record Answer(int statusCode, Buffer body, List<String> cookies) {

    public JsonObject bodyAsJsonObject() {
      return body == null || body.length() == 0 ? null : new JsonObject(body);
    }
  }

  /** A call answered otherwise than the contract says; the recorder already counted it. */
  public static final class StepFailed extends RuntimeException {
    StepFailed(String kind) {
      super(kind, null, false, false);
    }
  }

  private final HttpClient client;
  private final long timeoutMillis;
  private final Map<String, String> cookies = new LinkedHashMap<>();
  private String cookieHeader = "";
  private String csrf;

  public BenchSession(HttpClient client, long timeoutMillis) {
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
  public Future<Answer> call(LatencyRecorder rec, HttpMethod method, String path, JsonObject body,
      Function<Answer, String> check) {
    return send(rec, method, path, body, check);
  }

  private Future<Answer> send(LatencyRecorder rec, HttpMethod method, String path, JsonObject body,
      Function<Answer, String> check) {
    RequestOptions req = new RequestOptions().setMethod(method).setURI(path).setIdleTimeout(timeoutMillis)
        .putHeader("Accept", "application/json");
    if (!cookieHeader.isEmpty()) {
      req.putHeader("Cookie", cookieHeader);
    }
    if (csrf != null && method != HttpMethod.GET) {
      req.putHeader("X-CSRF-Token", csrf);
    }
    if (body != null) {
      req.putHeader("Content-Type", "application/json");
    }
    long sent = System.nanoTime();
    Future<Answer> answer = client.request(req)
        .compose(r -> body == null ? r.send() : r.send(body.toBuffer()))
        .compose(res -> res.body().map(b -> new Answer(res.statusCode(), b, res.cookies())));
    return answer.transform(ar -> {
      long answered = System.nanoTime();
      if (ar.failed()) {
        String kind = "no answer: " + ar.cause().getClass().getSimpleName();
        rec.error(kind, sent, answered);
        return Future.failedFuture(new StepFailed(kind));
      }
      Answer r = ar.result();
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
  private void remember(Answer r) {
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
  public static String expectJson(Answer r, int status, String field) {
    if (r.statusCode() != status) {
      return "HTTP " + r.statusCode();
    }
    JsonObject json = jsonOrNull(r);
    if (json == null || !json.containsKey(field)) {
      return "HTTP " + status + " without \"" + field + "\"";
    }
    return null;
  }

  public static JsonObject jsonOrNull(Answer r) {
    try {
      return r.bodyAsJsonObject();
    } catch (DecodeException | ClassCastException e) {
      return null;
    }
  }
}
