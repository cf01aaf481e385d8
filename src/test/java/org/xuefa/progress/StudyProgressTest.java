package org.xuefa.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.account.Role;
import org.xuefa.account.SessionUser;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;
import org.xuefa.web.ReadingRecorder;

class StudyProgressTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(dir);
    TestClient admin = server.admin();
    for (String u : List.of("ann", "ben", "cai", "dai", "eve")) {
      assertEquals(201, admin.postJson("/api/users", new JsonObject().put("username", u).put("name", u)
          .put("role", "learner").put("unit", "市司法局").put("password", "password-" + u)).status());
    }
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static TestClient login(String username) {
    TestClient c = server.client();
    c.login(username, "password-" + username);
    return c;
  }

  @Test
  void openedTopicAndReportParagraphShowUpInTheLearnersProgressOnly() {
    TestClient ann = login("ann");
    assertEquals(200, ann.getHtml("/topics/pre-meeting-study").status());
    assertEquals(200, ann.getHtml("/report?p=2-2-1").status());
    JsonObject p = ann.get("/api/progress").json();
    assertEquals("ann", p.getString("username"));
    assertEquals(10, p.getJsonObject("topics").getInteger("total"));
    assertEquals(1, p.getJsonObject("topics").getInteger("readCount"));
    assertEquals("pre-meeting-study", p.getJsonObject("topics").getJsonArray("read").getJsonObject(0).getString("slug"));
    assertEquals(9, p.getJsonObject("topics").getJsonArray("unread").size());
    assertEquals(46, p.getJsonObject("report").getInteger("total"));
    JsonArray sections = p.getJsonObject("report").getJsonArray("read");
    assertEquals(1, sections.size());
    assertEquals("2-2", sections.getJsonObject(0).getString("id"));
    assertEquals("/report#s2-2", sections.getJsonObject(0).getString("url"));

    String list = ann.getHtml("/topics").body();
    assertTrue(list.contains("<a href=\"/topics/pre-meeting-study\">会前学法</a> <span class=\"tag read-tag\">已读</span>"), list);
    assertEquals(1, list.split("read-tag").length - 1, "only the topic read is marked");

    JsonObject ben = login("ben").get("/api/progress").json();
    assertEquals(0, ben.getJsonObject("topics").getInteger("readCount"));
    assertEquals(0, ben.getJsonObject("report").getInteger("readCount"));
    assertEquals(0, ben.getJsonObject("laws").getInteger("readCount"));
  }

  @Test
  void eachItemKeepsOneDocumentWithItsCountAndFirstAndLastReading() {
    TestClient cai = login("cai");
    cai.getHtml("/topics/constitution-oath");
    cai.getHtml("/topics/constitution-oath");
    JsonObject doc = server.server().services().store().mongo()
        .findOne(ProgressRepository.READINGS, new JsonObject().put("_id", "cai|topic|constitution-oath"), null).await();
    assertEquals(2, doc.getInteger("count"));
    assertTrue(doc.getLong("firstReadAt") <= doc.getLong("lastReadAt"));
    JsonObject summary = server.server().services().store().mongo()
        .findOne(ProgressRepository.PROGRESS, new JsonObject().put("_id", "cai"), null).await();
    assertEquals(new JsonArray().add("constitution-oath"), summary.getJsonArray("topic"));
  }

  @Test
  void anonymousProgressIsA401AndTheStudyPageSendsToLogin() {
    TestClient anon = server.client();
    TestClient.Response api = anon.get("/api/progress");
    assertEquals(401, api.status());
    assertTrue(api.json().containsKey("error"));
    TestClient.Response page = anon.getHtml("/study");
    assertEquals(302, page.status());
    assertTrue(page.header("Location").startsWith("/login"), page.header("Location"));
    anon.getHtml("/topics/pre-meeting-study");
    assertEquals(200, anon.getHtml("/report?p=3-1-1").status(), "reading without login still works");
  }

  @Test
  void markAsReadRecordsTheSectionWithTheTokenAndIsRefusedWithout() {
    TestClient dai = login("dai");
    String page = dai.getHtml("/report").body();
    assertTrue(page.contains("action=\"/report/sections/3-1/read\""), "button per section");
    assertTrue(page.contains("name=\"_csrf\" value=\"" + dai.csrf() + "\""), "form carries the token");
    TestClient.Response refused = dai.postForm("/report/sections/3-1/read", Map.of(), false);
    assertEquals(403, refused.status());
    assertEquals(0, dai.get("/api/progress").json().getJsonObject("report").getInteger("readCount"));
    TestClient.Response ok = dai.postForm("/report/sections/3-1/read", Map.of(), true);
    assertEquals(303, ok.status());
    assertEquals("/report?read=3-1#s3-1", ok.header("Location"));
    String after = dai.getHtml("/report?read=3-1").body();
    assertTrue(after.contains("已记为已读"));
    assertTrue(!after.contains("action=\"/report/sections/3-1/read\""), "a read section offers no button");
    assertTrue(after.contains("action=\"/report/sections/3-2/read\""), "the next one still does");
    assertTrue(after.contains("<a href=\"#s3-1\">（一）") && after.contains("✓ 本节已读"), "marked in the page");
    JsonArray read = dai.get("/api/progress").json().getJsonObject("report").getJsonArray("read");
    assertEquals("3-1", read.getJsonObject(0).getString("id"));
    assertEquals(404, dai.postForm("/report/sections/99-9/read", Map.of(), true).status());
  }

  @Test
  void lawArticlesRecordedByTheLawPagesAreCountedPerLaw() {
    TestClient eve = login("eve");
    SessionUser user = new SessionUser("k", "eve", "eve", Role.LEARNER, "市司法局", "t", Long.MAX_VALUE);
    ReadingRecorder recorder = server.server().services().progress();
    recorder.record(user, ReadingRecorder.LAW, "constitution:27").await();
    recorder.record(user, ReadingRecorder.LAW, "constitution:5").await();
    recorder.record(user, ReadingRecorder.LAW, "civil-code:1042").await();
    JsonArray byLaw = eve.get("/api/progress").json().getJsonObject("laws").getJsonArray("byLaw");
    assertEquals(new JsonObject().put("slug", "constitution").put("title", "宪法").put("read", 2).put("articles", 143)
        .put("url", "/laws/constitution"), byLaw.getJsonObject(0));
    assertEquals(1, byLaw.getJsonObject(1).getInteger("read"));
    String study = eve.getHtml("/study").body();
    assertTrue(study.contains("<td><a href=\"/laws/constitution\">宪法</a></td><td>2 / 143</td>"), study);
    assertTrue(study.contains("0 / 10"), "topics read of total");
    assertTrue(study.contains("href=\"/topics/pre-meeting-study\""), "unread topics are linked");
  }

  @Test
  void recorderRefusesUnknownKindsAndItems() {
    SessionUser user = new SessionUser("k", "eve", "eve", Role.LEARNER, "市司法局", "t", Long.MAX_VALUE);
    ProgressService progress = server.server().services().progress();
    assertTrue(progress.record(user, "video", "x").failed());
    assertTrue(progress.record(user, ReadingRecorder.REPORT, "99-1").failed());
    assertTrue(progress.record(user, ReadingRecorder.TOPIC, "nope").failed());
    assertTrue(progress.record(user, ReadingRecorder.LAW, "constitution:abc").failed());
  }
}
