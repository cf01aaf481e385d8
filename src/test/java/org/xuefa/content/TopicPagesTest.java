package org.xuefa.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class TopicPagesTest {

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

  @Test
  void listShowsEveryTopicInOrderWithSummaryAndTags() {
    TestClient.Response r = server.client().getHtml("/topics");
    assertEquals(200, r.status());
    List<Topic> all = server.server().services().topics().all();
    int last = -1;
    for (Topic t : all) {
      int at = r.body().indexOf("<a href=\"/topics/" + t.slug() + "\">" + t.title() + "</a>");
      assertTrue(at > last, t.slug() + " listed after the one before");
      last = at;
      assertTrue(r.body().contains(t.summary()), t.slug());
    }
    assertTrue(r.body().contains("<span class=\"tag\">会前学法</span>"));
  }

  @Test
  void everyTopicRendersWithRewrittenLinksAndItsSources() {
    for (Topic t : server.server().services().topics().all()) {
      TestClient.Response r = server.client().getHtml(t.url());
      assertEquals(200, r.status(), t.slug());
      String html = r.body().replace("&#61;", "=");
      assertTrue(html.contains("<h1>" + t.title() + "</h1>"), t.slug());
      assertFalse(html.contains("href=\"report:") || html.contains("href=\"law:"), t.slug());
      assertFalse(html.toLowerCase().contains("<script"), t.slug());
      assertTrue(html.contains("<h2>出处</h2>"), t.slug());
      for (TopicLibrary.SourceLink s : server.server().services().topics().sources(t.slug())) {
        assertTrue(html.contains("<a href=\"" + s.url() + "\">" + s.label() + "</a>"),
            t.slug() + " source " + s.ref());
      }
    }
  }

  @Test
  void sourceLabelsAreReadable() {
    String html = server.client().getHtml("/topics/pre-meeting-study").body();
    assertTrue(html.contains(">工作报告 ¶8-2-1 "), html);
    assertTrue(html.contains("<a href=\"/laws/constitution/27\">《宪法》第二十七条</a>"), html);
  }

  @Test
  void unknownTopicIsA404() {
    assertEquals(404, server.client().getHtml("/topics/no-such-topic").status());
    assertEquals(404, server.client().get("/topics/%3Cscript%3E").status());
  }
}
