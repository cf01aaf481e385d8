package org.xuefa.testing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A person's HTTP client for tests: keeps cookies like a browser and sends the CSRF token it got at
 * login on every state-changing JSON call (unless told not to).
 */
public final class TestClient {

  /** An answer: status, headers and body, with JSON accessors. */
  public record Response(int status, String body, java.net.http.HttpHeaders headers) {
    public JsonObject json() {
      return new JsonObject(body);
    }

    public JsonArray jsonArray() {
      return new JsonArray(body);
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    public List<String> headers(String name) {
      return headers.allValues(name);
    }
  }

  private final String base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;
  private String csrf;

  public TestClient(String base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public JsonObject login(String username, String password) {
    Response r = postJson("/api/session", new JsonObject().put("username", username).put("password", password));
    if (r.status() != 200) {
      throw new AssertionError("login of " + username + " failed: " + r.status() + " " + r.body());
    }
    csrf = r.json().getString("csrfToken");
    return r.json();
  }

  public String csrf() {
    return csrf;
  }

  public void forgetCsrf() {
    csrf = null;
  }

  public CookieManager cookies() {
    return cookies;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "application/json"));
  }

  public Response getHtml(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html"));
  }

  public Response postJson(String path, Object body) {
    return json("POST", path, body);
  }

  public Response putJson(String path, Object body) {
    return json("PUT", path, body);
  }

  public Response delete(String path) {
    return send(withCsrf(HttpRequest.newBuilder(uri(path)).DELETE().header("Accept", "application/json")));
  }

  /** Sends a raw body as given (malformed JSON, huge bodies …). */
  public Response postRaw(String path, String contentType, byte[] body) {
    return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))));
  }

  /** Sends a raw body with PUT. */
  public Response putRaw(String path, String contentType, byte[] body) {
    return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(body))));
  }

  /** A form post as a browser sends it, with the CSRF field unless {@code withToken} is false. */
  public Response postForm(String path, Map<String, String> fields, boolean withToken) {
    StringBuilder sb = new StringBuilder();
    fields.forEach((k, v) -> append(sb, k, v));
    if (withToken && csrf != null) {
      append(sb, "_csrf", csrf);
    }
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofString(sb.toString())));
  }

  /** A multipart upload of one file plus the CSRF field, as a browser form sends it. */
  public Response upload(String path, String field, String fileName, byte[] content) {
    String boundary = "----xuefa" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    if (csrf != null) {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
          .getBytes(StandardCharsets.UTF_8));
    }
    parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
        + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
  }

  private Response json(String method, String path, Object body) {
    String text = body instanceof String s ? s : body.toString();
    return send(withCsrf(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(text))));
  }

  private HttpRequest.Builder withCsrf(HttpRequest.Builder b) {
    return csrf == null ? b : b.header("X-CSRF-Token", csrf);
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Response(r.statusCode(), r.body(), r.headers());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private static void append(StringBuilder sb, String k, String v) {
    if (!sb.isEmpty()) {
      sb.append('&');
    }
    sb.append(java.net.URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
        .append(java.net.URLEncoder.encode(v, StandardCharsets.UTF_8));
  }
}
