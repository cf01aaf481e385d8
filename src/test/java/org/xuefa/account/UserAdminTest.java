package org.xuefa.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class UserAdminTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static JsonObject user(String name, String role, String password) {
    return new JsonObject().put("username", name).put("name", "姓名" + name).put("role", role)
        .put("unit", "市行政审批局").put("password", password);
  }

  @Test
  void adminCreatesUsersAndTheRulesOfTheContractHold() {
    TestClient admin = server.admin();
    TestClient.Response created = admin.postJson("/api/users", user("frank", "trainer", "password-frank"));
    assertEquals(201, created.status());
    assertEquals("frank", created.json().getString("username"));
    assertEquals(409, admin.postJson("/api/users", user("frank", "learner", "password-other")).status());
    assertEquals(400, admin.postJson("/api/users", user("grace", "learner", "short")).status());
    assertEquals(400, admin.postJson("/api/users", user("grace", "emperor", "password-grace")).status());
    assertEquals("trainer", server.client().login("frank", "password-frank").getString("role"));
  }

  @Test
  void onlyAdminsMayCreateUsers() {
    TestClient admin = server.admin();
    admin.postJson("/api/users", user("henry", "learner", "password-henry"));
    admin.postJson("/api/users", user("ivy", "trainer", "password-ivy"));
    TestClient learner = server.client();
    learner.login("henry", "password-henry");
    TestClient trainer = server.client();
    trainer.login("ivy", "password-ivy");
    assertEquals(401, server.client().postJson("/api/users", user("x1", "learner", "password-x1")).status());
    assertEquals(403, learner.postJson("/api/users", user("x2", "learner", "password-x2")).status());
    assertEquals(403, trainer.postJson("/api/users", user("x3", "admin", "password-x3")).status());
    assertEquals(403, learner.get("/api/users").status());
    assertEquals(403, learner.getHtml("/admin/users").status());
    assertEquals(302, server.client().getHtml("/admin/users").status(), "anonymous pages redirect to login");
  }

  @Test
  void disablingAnAccountEndsItsSessionsAndBlocksLogin() {
    TestClient admin = server.admin();
    admin.postJson("/api/users", user("jack", "learner", "password-jack"));
    TestClient jack = server.client();
    jack.login("jack", "password-jack");
    TestClient.Response page = admin.postForm("/admin/users/jack/disable", Map.of(), true);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("已停用 jack"));
    assertEquals(401, server.client().postJson("/api/session",
        new JsonObject().put("username", "jack").put("password", "password-jack")).status());
    admin.postForm("/admin/users/jack/enable", Map.of(), true);
    assertEquals(200, server.client().postJson("/api/session",
        new JsonObject().put("username", "jack").put("password", "password-jack")).status());
  }

  @Test
  void csvImportCreatesAllRowsOrNoneAndNamesTheBadRow() {
    TestClient admin = server.admin();
    String bad = "用户名,姓名,角色,单位,密码\nkate,凯特,学员,市司法局,password-kate\nleo,利奥,校长,市司法局,password-leo\n";
    TestClient.Response rejected = admin.upload("/admin/users/import", "file", "users.csv", bad.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, rejected.status());
    assertTrue(rejected.body().contains("第 3 行"), rejected.body());
    assertTrue(rejected.body().contains("校长"), "names the bad value");
    assertEquals(401, server.client().postJson("/api/session",
        new JsonObject().put("username", "kate").put("password", "password-kate")).status(), "row 2 not applied");

    String good = "\uFEFF用户名,姓名,角色,单位,密码\r\nkate,凯特,学员,市司法局,password-kate\r\nleo,\"利奥, 小\",培训管理员,样例镇一,\r\n";
    TestClient.Response ok = admin.upload("/admin/users/import", "file", "users.csv", good.getBytes(StandardCharsets.UTF_8));
    assertEquals(200, ok.status(), ok.body());
    assertTrue(ok.body().contains("已导入 2 个账号"));
    assertTrue(ok.body().contains("leo"), "the generated password of leo is shown once");
    assertEquals(200, server.client().postJson("/api/session",
        new JsonObject().put("username", "kate").put("password", "password-kate")).status());
    assertFalse(ok.body().contains("password-kate"), "given passwords are not echoed");
  }

  @Test
  void passwordResetIssuesANewPasswordAndTheOldOneStopsWorking() {
    TestClient admin = server.admin();
    admin.postJson("/api/users", user("mia", "learner", "password-mia"));
    TestClient.Response page = admin.postForm("/admin/users/mia/reset", Map.of(), true);
    assertEquals(200, page.status());
    assertEquals(401, server.client().postJson("/api/session",
        new JsonObject().put("username", "mia").put("password", "password-mia")).status());
    assertEquals(404, admin.postForm("/admin/users/nobody-here/reset", Map.of(), true).status());
  }

  @Test
  void unitsAreDataTheAdminAddsAndLearnersCannot() {
    TestClient admin = server.admin();
    TestClient.Response added = admin.postJson("/api/units", new JsonObject().put("name", "市交通运输局").put("kind", "市直部门"));
    assertEquals(201, added.status());
    assertTrue(admin.get("/api/units").body().contains("市交通运输局"));
    assertEquals(400, admin.postJson("/api/units", new JsonObject().put("name", "x").put("kind", "外星部门")).status());
    TestClient.Response page = admin.postForm("/admin/units", Map.of("name", "样例新区", "kind", "开发区"), true);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("已添加单位 样例新区"));
    admin.postJson("/api/users", user("nora", "learner", "password-nora"));
    TestClient learner = server.client();
    learner.login("nora", "password-nora");
    assertEquals(403, learner.postJson("/api/units", new JsonObject().put("name", "y")).status());
  }
}
