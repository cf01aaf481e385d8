package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.law.LawSource;
import org.xuefa.testing.Eventually;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The whole library in one server: report, topics and every statute imported from the laws folder. */
class StatuteSearchTest {

  @TempDir
  static Path dir;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(dir);
    Path laws = Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
    List<LawSource> sources = new ArrayList<>();
    try (var files = Files.list(laws)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList()) {
        sources.add(new LawSource(f.getFileName().toString(), Files.readAllBytes(f)));
      }
    }
    server.server().services().lawImport().importFiles(sources).await();
    Eventually.within(Duration.ofSeconds(30), "the index holds the statutes",
        () -> server.client().get("/health").json().getInteger("indexDocs") > 2000);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest(name = "{0} → {2}")
  @CsvSource({
      "霸王条款, law, law:civil-code:496",
      "格式条款, law, law:civil-code:496",
      "行政复议收费吗, law, law:administrative-reconsideration-law:87",
      "正当防卫, law, law:civil-code:181",
      "离婚冷静期, law, law:civil-code:1077",
      "宪法宣誓, law, law:constitution:27",
      "宪法宣誓, report, report:1-2-1",
      "一窗受理怎么办事, report, report:2-2-2",
      "會前學法, report, report:8-2-1",
      "会前学法, topic, topic:pre-meeting-study"
  })
  void theAnsweringPassageComesFirst(String q, String type, String expected) {
    JsonObject body = server.client().get("/api/search?type=" + type + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
    JsonArray hits = body.getJsonArray("hits");
    assertTrue(hits.size() > 0, q);
    assertEquals(expected, hits.getJsonObject(0).getString("id"), q + " → " + hits.encode().substring(0, Math.min(300, hits.encode().length())));
  }

  @ParameterizedTest(name = "{0} → {1} in the top 3 of all types")
  @CsvSource({
      "宪法宣誓, report:1-2-1",
      "霸王条款, law:civil-code:496",
      "行政复议收费吗, law:administrative-reconsideration-law:87"
  })
  void unfilteredSearchesSurfaceTheFactNearTheTop(String q, String expected) {
    TestClient.Response r = server.client().get("/api/search?limit=3&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    assertTrue(r.body().contains("\"" + expected + "\""), q + ": " + r.body().substring(0, Math.min(400, r.body().length())));
    JsonObject facets = r.json().getJsonObject("facets");
    assertTrue(facets.size() >= 1);
  }
}
