package org.xuefa.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;

/**
 * Oversized and malformed input on every JSON route and every upload form: truncated JSON, a value of
 * the wrong type in each field, a 2 MB body, a body that is not sent as JSON; an empty file, binary
 * garbage named .csv, text named .xlsx, a file over the form's limit and a request over the server's.
 * Each is refused (400, 413 or 415) with a message, never a 5xx, and the store is unchanged.
 */
class MalformedInputTest {

  @TempDir
  static Path dir;
  static JsonRoutes routes;

  @BeforeAll
  static void start() {
    routes = JsonRoutes.start(dir);
  }

  @AfterAll
  static void stop() {
    routes.close();
  }

  /** Values of another type than the valid one (strings where numbers belong, and so on). */
  static List<Object> wrongTypes(Object valid) {
    if (valid instanceof String) {
      return List.of(12345, true, new JsonObject().put("k", "v"), new JsonArray().add(new JsonArray().add(1)));
    }
    if (valid instanceof Number) {
      return List.of("12", true, 1.5, new JsonArray().add(1), new JsonObject().put("k", 1), 1e12);
    }
    if (valid instanceof Boolean) {
      return List.of("true", 1, new JsonArray().add(true));
    }
    return List.of(12345, new JsonObject().put("k", "v"), new JsonArray().add(12345),
        new JsonArray().add(new JsonObject()));
  }

  @Test
  void malformedJsonBodiesAreRefusedWithAMessageAndChangeNothing() {
    String before = SecurityFixture.snapshot(routes.server);
    List<String> wrong = new ArrayList<>();
    byte[] huge = new byte[2 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    for (JsonRoutes.JsonRoute r : JsonRoutes.all()) {
      String valid = r.body().encode();
      byte[] big = ("{\"padding\":\"" + new String(huge, StandardCharsets.US_ASCII) + "\"}")
          .getBytes(StandardCharsets.US_ASCII);
      check(wrong, r, "truncated", routes.sendRaw(r, "application/json",
          valid.substring(0, Math.max(1, valid.length() / 2)).getBytes(StandardCharsets.UTF_8)), 400);
      check(wrong, r, "an array", routes.sendRaw(r, "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8)), 400);
      check(wrong, r, "2 MB", routes.sendRaw(r, "application/json", big), 413);
      check(wrong, r, "a form", routes.sendRaw(r, "application/x-www-form-urlencoded",
          "username=learner&status=closed".getBytes(StandardCharsets.UTF_8)), 400);
      check(wrong, r, "multipart", routes.sendRaw(r, "multipart/form-data; boundary=x",
          valid.getBytes(StandardCharsets.UTF_8)), 415);
      for (String field : r.body().fieldNames()) {
        for (Object value : wrongTypes(r.body().getValue(field))) {
          JsonObject body = r.body().copy().put(field, value);
          check(wrong, r, field + "=" + body.getValue(field), routes.send(r, body), 400);
        }
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(before, SecurityFixture.snapshot(routes.server), "a refused body changed the store");
  }

  @Test
  void badFilesOnEveryUploadFormAreRefusedWithAMessageAndChangeNothing() {
    String before = SecurityFixture.snapshot(routes.server);
    byte[] garbage = new byte[64 * 1024];
    new Random(7).nextBytes(garbage);
    byte[] overForm = new byte[5 * 1024 * 1024 + 1];
    Arrays.fill(overForm, (byte) 'x');
    byte[] overServer = new byte[21 * 1024 * 1024];
    Arrays.fill(overServer, (byte) 'x');
    List<String> wrong = new ArrayList<>();
    for (String[] form : new String[][] {{"/admin/users/import", "file"}, {"/trainer/questions/import", "file"},
        {"/admin/laws", "files"}}) {
      TestClient c = form[0].startsWith("/admin") ? routes.admin : routes.trainer;
      String ending = form[0].equals("/admin/laws") ? ".md" : ".csv";
      upload(wrong, c, form, "empty" + ending, new byte[0], 400);
      upload(wrong, c, form, "garbage" + ending, garbage, 400);
      upload(wrong, c, form, "short-garbage" + ending, Arrays.copyOf(garbage, 1000), 400);
      upload(wrong, c, form, "text.xlsx", "用户名,姓名\nx,y\n".getBytes(StandardCharsets.UTF_8), 400);
      upload(wrong, c, form, "over-form" + ending, overForm, 413);
      upload(wrong, c, form, "over-server" + ending, overServer, 413);
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    assertEquals(before, SecurityFixture.snapshot(routes.server), "a refused file changed the store");
  }

  private static void upload(List<String> wrong, TestClient c, String[] form, String name, byte[] bytes, int status) {
    TestClient.Response r = c.upload(form[0], form[1], name, bytes);
    boolean message = r.body().contains("<main") || r.body().contains("\"error\"");
    if (r.status() != status || !message) {
      wrong.add(form[0] + " " + name + " → " + r.status() + " (expected " + status + ") "
          + r.body().substring(0, Math.min(200, r.body().length())));
    }
  }

  private static void check(List<String> wrong, JsonRoutes.JsonRoute r, String what, TestClient.Response res,
      int status) {
    String error = res.header("Content-Type") != null && res.header("Content-Type").startsWith("application/json")
        ? res.json().getString("error") : null;
    if (res.status() != status || error == null || error.isBlank() || error.contains("Exception")) {
      wrong.add(r.route() + " " + what + " → " + res.status() + " (expected " + status + ") "
          + res.body().substring(0, Math.min(200, res.body().length())));
    }
  }
}
