package org.xuefa.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class BadInputTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static TestClient admin;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    admin = server.admin();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static void assertJsonError(TestClient.Response r, int status) {
    assertEquals(status, r.status(), r.body());
    assertTrue(r.header("Content-Type").startsWith("application/json"), r.header("Content-Type"));
    String error = r.json().getString("error");
    assertNotNull(error);
    assertFalse(error.contains("Exception") || error.contains("at org."), "no internals: " + error);
  }

  private static int userCount() {
    return admin.get("/api/users?limit=1000").json().getJsonArray("users").size();
  }

  @Test
  void malformedJsonIs400() {
    int before = userCount();
    assertJsonError(admin.postRaw("/api/users", "application/json", "{\"username\": ".getBytes()), 400);
    assertJsonError(admin.postRaw("/api/users", "application/json", "[1,2]".getBytes()), 400);
    assertJsonError(admin.postRaw("/api/users", "application/json", new byte[0]), 400);
    assertJsonError(server.client().postRaw("/api/session", "application/json", "not json".getBytes()), 400);
    assertEquals(before, userCount());
  }

  @Test
  void aJsonBodyCountsWhateverItsContentTypeSays() {
    // scripts send JSON without the header (curl -d, bare HTTP clients): the body decides
    String login = "{\"username\":\"admin\",\"password\":\"" + TestServer.ADMIN_PASSWORD + "\"}";
    byte[] body = login.getBytes(StandardCharsets.UTF_8);
    assertEquals(200, server.client().postRaw("/api/session", "application/x-www-form-urlencoded", body).status());
    assertEquals(200, server.client().postRaw("/api/session", "text/plain", body).status());
    assertJsonError(server.client().postRaw("/api/session", "application/x-www-form-urlencoded",
        "username=admin&password=x".getBytes(StandardCharsets.UTF_8)), 400);
  }

  @Test
  void operatorObjectsWhereStringsBelongAre400NotQueries() {
    assertJsonError(server.client().postJson("/api/session",
        new JsonObject().put("username", new JsonObject().put("$gt", "")).put("password", new JsonObject().put("$ne", "x"))), 400);
    assertJsonError(server.client().postJson("/api/session",
        new JsonObject().put("username", "admin").put("password", new JsonObject().put("$gt", ""))), 400);
    int before = userCount();
    assertJsonError(admin.postJson("/api/users", new JsonObject().put("username", new JsonObject().put("$gt", ""))
        .put("role", "learner").put("unit", "x").put("password", "password-1")), 400);
    assertJsonError(admin.postJson("/api/users", new JsonObject().put("username", "typed").put("role", 5)
        .put("unit", "x").put("password", "password-1")), 400);
    assertJsonError(admin.postJson("/api/users", new JsonObject().put("username", "$where").put("role", "learner")
        .put("unit", "x").put("password", "password-1")), 400);
    assertEquals(before, userCount());
  }

  @Test
  void oversizedBodiesAre413() {
    byte[] big = new byte[2 * 1024 * 1024];
    Arrays.fill(big, (byte) 'a');
    assertJsonError(admin.postRaw("/api/users", "application/json", big), 413);
  }

  @Test
  void unknownRoutesAndIdsAre404() {
    assertJsonError(admin.get("/api/no-such-thing"), 404);
    TestClient.Response page = admin.postForm("/admin/users/ghost/disable", java.util.Map.of(), true);
    assertEquals(404, page.status());
    assertTrue(page.body().contains("ghost"));
  }

  @Test
  void badQueryParametersAre400() {
    assertJsonError(admin.get("/api/users?limit=abc"), 400);
    assertJsonError(admin.get("/api/users?limit=-5"), 400);
  }

  @Test
  void storedMarkupIsEscapedOnPages() {
    String evil = "<script>alert(1)</script>";
    assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", "xss").put("name", evil)
        .put("role", "learner").put("unit", "<img src=x onerror=alert(1)>").put("password", "password-xss")).status());
    String html = admin.getHtml("/admin/users").body();
    assertFalse(html.contains(evil));
    assertFalse(html.contains("<img src=x"));
    assertTrue(html.contains("&lt;script&gt;"));
    String csp = admin.getHtml("/admin/users").header("Content-Security-Policy");
    assertTrue(csp.contains("script-src 'self'"));
    assertEquals(new String(evil.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8), evil);
  }
}
