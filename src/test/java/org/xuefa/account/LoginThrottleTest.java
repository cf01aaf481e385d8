package org.xuefa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class LoginThrottleTest {

  @Test
  void repeatedFailuresGive429EvenForTheRightPasswordThenOtherAccountsStillWork(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      TestClient admin = server.admin();
      admin.postJson("/api/users", new JsonObject().put("username", "erin").put("role", "learner")
          .put("unit", "市司法局").put("password", "password-erin"));
      TestClient c = server.client();
      for (int i = 0; i < LoginThrottle.PER_USER; i++) {
        assertEquals(401, c.postJson("/api/session", new JsonObject().put("username", "erin").put("password", "wrong" + i)).status());
      }
      TestClient.Response blocked = c.postJson("/api/session",
          new JsonObject().put("username", "erin").put("password", "password-erin"));
      assertEquals(429, blocked.status());
      assertNotNull(blocked.header("Retry-After"));
      assertNotNull(blocked.json().getString("error"));
      assertEquals(200, server.client().postJson("/api/session",
          new JsonObject().put("username", "admin").put("password", TestServer.ADMIN_PASSWORD)).status());
    }
  }
}
