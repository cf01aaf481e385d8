package org.xuefa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class SessionApiTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    TestClient admin = server.admin();
    for (String u : new String[] {"alice", "bob", "carol", "dave"}) {
      assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", u).put("name", u)
          .put("role", "learner").put("unit", "市司法局").put("password", "password-" + u)).status());
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void loginAnswersTheProfileAndCsrfTokenAndSetsAnHttpOnlySameSiteCookie() {
    TestClient c = server.client();
    TestClient.Response r = c.postJson("/api/session", new JsonObject().put("username", "alice").put("password", "password-alice"));
    assertEquals(200, r.status());
    JsonObject body = r.json();
    assertEquals("alice", body.getString("username"));
    assertEquals("learner", body.getString("role"));
    assertEquals("市司法局", body.getString("unit"));
    assertNotNull(body.getString("csrfToken"));
    String cookie = r.headers("Set-Cookie").stream().filter(s -> s.startsWith("xuefa_session=")).findFirst().orElseThrow();
    assertTrue(cookie.contains("HTTPOnly") || cookie.contains("HttpOnly"), cookie);
    assertTrue(cookie.contains("SameSite=Lax"), cookie);
    assertTrue(!body.encode().contains("passwordHash") && !body.encode().contains("$2b$"), "no hash in the answer");
  }

  @Test
  void wrongPasswordAndUnknownUserAreBoth401WithTheSameMessage() {
    TestClient c = server.client();
    TestClient.Response wrong = c.postJson("/api/session", new JsonObject().put("username", "bob").put("password", "nope-nope"));
    TestClient.Response unknown = c.postJson("/api/session", new JsonObject().put("username", "nobody").put("password", "nope-nope"));
    assertEquals(401, wrong.status());
    assertEquals(401, unknown.status());
    assertEquals(wrong.json().getString("error"), unknown.json().getString("error"));
  }

  @Test
  void loginIssuesANewSessionIdAndIgnoresOnePlantedBeforehand() {
    TestClient c = server.client();
    HttpCookie planted = new HttpCookie("xuefa_session", "planted-by-attacker");
    planted.setPath("/");
    c.cookies().getCookieStore().add(URI.create(server.baseUrl()), planted);
    assertEquals(401, c.get("/api/session").status(), "a planted id is no session");
    String first = setCookie(c.postJson("/api/session", credentials()));
    assertNotEquals("planted-by-attacker", first);
    String second = setCookie(c.postJson("/api/session", credentials()));
    assertNotEquals(first, second, "every login gets a new id");
    TestClient fresh = server.client();
    fresh.login("carol", "password-carol");
    assertEquals(200, fresh.get("/api/session").status());
  }

  private static JsonObject credentials() {
    return new JsonObject().put("username", "carol").put("password", "password-carol");
  }

  private static String setCookie(TestClient.Response r) {
    assertEquals(200, r.status());
    String header = r.headers("Set-Cookie").stream().filter(h -> h.startsWith("xuefa_session=")).findFirst().orElseThrow();
    return header.substring("xuefa_session=".length(), header.indexOf(';'));
  }

  @Test
  void stateChangingCallsWithoutTheCsrfTokenAre403AndTheTokenWorksRepeatedly() {
    TestClient c = server.client();
    c.login("dave", "password-dave");
    String token = c.csrf();
    c.forgetCsrf();
    assertEquals(403, c.delete("/api/session").status());
    assertEquals(200, c.get("/api/session").status(), "still logged in after the refused logout");
    TestClient.Response bad = c.postRaw("/api/users", "application/json", "{}".getBytes());
    assertEquals(403, bad.status());
    assertTrue(bad.json().getString("error").contains("CSRF"));
    // The same token serves several tabs and repeated submits: it is not single-use.
    TestClient other = server.client();
    other.login("dave", "password-dave");
    assertEquals(200, other.get("/api/session").status());
    assertNotNull(token);
    assertEquals(200, other.delete("/api/session").status());
    assertEquals(401, other.get("/api/session").status(), "logged out");
  }

  @Test
  void aFormPostWithoutTheCsrfFieldIsRefused() {
    TestClient admin = server.admin();
    TestClient.Response r = admin.postForm("/admin/users/bob/disable", java.util.Map.of(), false);
    assertEquals(403, r.status());
    assertEquals(200, server.client().postJson("/api/session",
        new JsonObject().put("username", "bob").put("password", "password-bob")).status(), "bob still enabled");
  }
}
