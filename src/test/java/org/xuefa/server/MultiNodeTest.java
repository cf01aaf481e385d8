package org.xuefa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.net.HttpCookie;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.config.Config;
import org.xuefa.testing.ServerProcess;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** Two serve nodes over one `xuefa store` process, as the README deploys them. */
class MultiNodeTest {

  @TempDir
  static Path dir;
  static ServerProcess store;
  static TestServer nodeA;
  static TestServer nodeB;

  @BeforeAll
  static void start() throws Exception {
    store = ServerProcess.start(dir.resolve("store"), Map.of(), "store", "--port", "0");
    String uri = store.awaitStore() + "/xuefa";
    nodeA = TestServer.start(dir.resolve("a"), false, Map.of(Config.MONGO_URI, uri));
    nodeB = TestServer.start(dir.resolve("b"), false, Map.of(Config.MONGO_URI, uri));
  }

  @AfterAll
  static void stop() throws Exception {
    nodeA.close();
    nodeB.close();
    store.stop();
  }

  @Test
  void aPersonLoggedInOnOneNodeIsLoggedInOnTheOtherWithoutStickySessions() {
    TestClient admin = nodeA.admin();
    assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", "tom").put("role", "learner")
        .put("unit", "市司法局").put("password", "password-tom")).status());
    TestClient onA = nodeA.client();
    String csrf = onA.login("tom", "password-tom").getString("csrfToken");
    HttpCookie session = onA.cookies().getCookieStore().get(URI.create(nodeA.baseUrl())).stream()
        .filter(c -> c.getName().equals("xuefa_session")).findFirst().orElseThrow();

    TestClient onB = nodeB.client();
    HttpCookie copy = new HttpCookie(session.getName(), session.getValue());
    copy.setPath("/");
    onB.cookies().getCookieStore().add(URI.create(nodeB.baseUrl()), copy);
    TestClient.Response me = onB.get("/api/session");
    assertEquals(200, me.status());
    assertEquals("tom", me.json().getString("username"));
    assertEquals(csrf, me.json().getString("csrfToken"), "the same session, the same token");
  }

  @Test
  void bothNodesReportTheSharedStore() {
    assertEquals("mongodb", nodeA.client().get("/health").json().getString("store"));
    assertEquals("UP", nodeB.client().get("/health").json().getString("status"));
  }

  @Test
  void aStatuteImportedOnOneNodeIsSearchableOnTheOtherWithinSeconds() throws Exception {
    Path laws = Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
    byte[] bytes = java.nio.file.Files.readAllBytes(laws.resolve("administrative-reconsideration-law.md"));
    nodeA.server().services().lawImport()
        .importFiles(java.util.List.of(new org.xuefa.law.LawSource("administrative-reconsideration-law.md", bytes)))
        .await();
    org.xuefa.testing.Eventually.within(java.time.Duration.ofSeconds(15), "node B finds the imported statute", () -> {
      JsonObject r = nodeB.client().get("/api/search?type=law&q=" + java.net.URLEncoder.encode("行政复议收费吗",
          java.nio.charset.StandardCharsets.UTF_8)).json();
      return r.getInteger("total") > 0
          && r.getJsonArray("hits").getJsonObject(0).getString("id").equals("law:administrative-reconsideration-law:87");
    });
    assertEquals(200, nodeB.client().get("/api/laws/administrative-reconsideration-law/articles/87").status());
  }
}
