package org.xuefa.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.demo.DemoData;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class DemoDataTest {

  @Test
  void demoLetsANewcomerLogInAsLearnerTrainerAndAdminAtOnce(@TempDir Path dir) {
    try (TestServer server = TestServer.startDemo(dir)) {
      assertTrue(server.output().contains("learner / " + DemoData.PASSWORD), server.output());
      TestClient learner = server.client();
      TestClient trainer = server.client();
      TestClient admin = server.admin();
      assertEquals("learner", learner.login("learner", DemoData.PASSWORD).getString("role"));
      assertEquals("trainer", trainer.login("trainer", DemoData.PASSWORD).getString("role"));
      assertEquals(200, learner.get("/api/session").status());
      assertEquals(200, trainer.get("/api/session").status());
      JsonArray users = admin.get("/api/users").json().getJsonArray("users");
      for (Object o : users) {
        JsonObject u = (JsonObject) o;
        if (!u.getString("username").equals("admin")) {
          assertTrue(u.getBoolean("sample"), u.encode());
          assertTrue(u.getString("name").contains("样例"), u.encode());
        }
      }
      JsonArray units = admin.get("/api/units").jsonArray();
      assertTrue(units.stream().map(o -> ((JsonObject) o).getString("name")).anyMatch("市司法局"::equals));
      assertTrue(units.stream().map(o -> (JsonObject) o)
          .filter(u -> u.getString("name").startsWith("样例镇")).allMatch(u -> u.getBoolean("sample")));
      assertEquals(14, units.stream().map(o -> (JsonObject) o).filter(u -> u.getBoolean("sample")).count());
    }
  }

  @Test
  void demoDoesNothingToAStoreThatAlreadyHoldsData(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      server.admin().postJson("/api/users", new JsonObject().put("username", "realperson").put("role", "learner")
          .put("unit", "市司法局").put("password", "password-real"));
    }
    try (TestServer server = TestServer.start(dir, true, Map.of())) {
      assertTrue(server.output().contains("not loaded"), server.output());
      assertEquals(401, server.client().postJson("/api/session",
          new JsonObject().put("username", "learner").put("password", DemoData.PASSWORD)).status());
    }
  }

  @Test
  void demoHoldsASampleMeetingPlanForThisYear(@TempDir Path dir) {
    try (TestServer server = TestServer.startDemo(dir)) {
      TestClient learner = server.client();
      learner.login("learner", DemoData.PASSWORD);
      JsonObject plan = learner.get("/api/meetings").json();
      int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
      assertEquals(year, plan.getInteger("year"));
      JsonArray meetings = plan.getJsonArray("meetings");
      assertEquals(12, meetings.size());
      long held = meetings.stream().filter(o -> ((JsonObject) o).getBoolean("held")).count();
      assertEquals(held, plan.getLong("held"));
      assertTrue(meetings.stream().allMatch(o -> ((JsonObject) o).getBoolean("sample")));
      JsonObject first = meetings.getJsonObject(0);
      for (String key : new String[] {"id", "date", "body", "topic", "presenter", "held", "attendees", "studied"}) {
        assertTrue(first.containsKey(key), key);
      }
      assertEquals(0, learner.get("/api/meetings?year=2020").json().getJsonArray("meetings").size());
      assertEquals(401, server.client().get("/api/meetings").status());
      assertTrue(learner.getHtml("/meetings").body().contains("样例"));
    }
  }
}
