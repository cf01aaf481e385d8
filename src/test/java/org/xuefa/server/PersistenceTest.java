package org.xuefa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.ServerProcess;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class PersistenceTest {

  @Test
  void accountsSurviveACleanRestartAndTheAdminIsNotRecreated(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      assertEquals(201, server.admin().postJson("/api/users", new JsonObject().put("username", "nina")
          .put("role", "learner").put("unit", "市司法局").put("password", "password-nina")).status());
    }
    try (TestServer server = TestServer.start(dir, false, Map.of("XUEFA_ADMIN_PASSWORD", "another-password"))) {
      assertEquals(200, server.client().postJson("/api/session",
          new JsonObject().put("username", "nina").put("password", "password-nina")).status());
      assertFalse(server.output().contains("created account admin"));
      server.admin();
    }
  }

  @Test
  void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path dir) throws Exception {
    int count = 120;
    try (ServerProcess node = ServerProcess.start(dir, Map.of(), "serve")) {
      int port = node.awaitListening();
      TestClient admin = new TestClient("http://127.0.0.1:" + port);
      admin.login("admin", TestServer.ADMIN_PASSWORD);
      for (int i = 0; i < count; i++) {
        assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", "k" + i)
            .put("role", "learner").put("unit", "市司法局").put("password", "password-" + i)).status());
      }
      node.kill();
    }
    try (ServerProcess node = ServerProcess.start(dir, Map.of(), "serve")) {
      int port = node.awaitListening();
      TestClient admin = new TestClient("http://127.0.0.1:" + port);
      admin.login("admin", TestServer.ADMIN_PASSWORD);
      Set<String> names = admin.get("/api/users?limit=1000").json().getJsonArray("users").stream()
          .map(o -> ((JsonObject) o).getString("username")).collect(Collectors.toSet());
      for (int i = 0; i < count; i++) {
        assertEquals(true, names.contains("k" + i), "k" + i + " lost after kill -9");
      }
    }
  }

  @Test
  void aShortConfiguredAdminPasswordIsStillTheAdminsPassword(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir, false, Map.of("XUEFA_ADMIN_PASSWORD", "short"))) {
      assertEquals(200, server.client().postJson("/api/session",
          new JsonObject().put("username", "admin").put("password", "short")).status());
    }
  }
}
