package org.xuefa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.config.Config;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class StoreOutageTest {

  @Test
  void whileTheStoreIsGoneRequestsGet503QuicklyAndRecoverWhenItReturns(@TempDir Path storeDir, @TempDir Path nodeDir) {
    EmbeddedStore store = EmbeddedStore.open(storeDir, "127.0.0.1", 0);
    int port = store.port();
    try (TestServer node = TestServer.start(nodeDir, false,
        Map.of(Config.MONGO_URI, store.connectionString() + "/xuefa", Config.STORE_TIMEOUT_MS, "1000"))) {
      TestClient admin = node.admin();
      assertEquals("mongodb", admin.get("/health").json().getString("store"));
      assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", "olga").put("role", "learner")
          .put("unit", "市司法局").put("password", "password-olga")).status());

      store.close();
      long t0 = System.nanoTime();
      TestClient.Response health = node.client().get("/health");
      assertEquals(503, health.status());
      assertEquals("DOWN", health.json().getString("status"));
      TestClient.Response login = node.client().postJson("/api/session",
          new JsonObject().put("username", "olga").put("password", "password-olga"));
      assertEquals(503, login.status());
      assertTrue(login.json().getString("error").contains("数据存储"));
      // a page asks again by itself, so whoever is sent to one during the outage gets there afterwards
      TestClient.Response page = admin.getHtml("/exams");
      assertEquals(503, page.status(), page.body());
      assertEquals("5", page.header("Refresh"));
      assertEquals("5", page.header("Retry-After"));
      assertTrue(page.body().contains("自动重试"), page.body());
      assertTrue(Duration.ofNanos(System.nanoTime() - t0).toSeconds() < 10, "answers instead of hanging");

      store = EmbeddedStore.open(storeDir, "127.0.0.1", port);
      Eventually.within(Duration.ofSeconds(30), "health UP again", () -> node.client().get("/health").status() == 200);
      Eventually.within(Duration.ofSeconds(10), "login works again", () -> node.client().postJson("/api/session",
          new JsonObject().put("username", "olga").put("password", "password-olga")).status() == 200);
    } finally {
      store.close();
    }
  }
}
