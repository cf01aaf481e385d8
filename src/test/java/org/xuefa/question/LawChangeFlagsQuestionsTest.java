package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.law.LawSource;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

/** The wiring between statute imports and the question bank, on a real server with the seed questions. */
class LawChangeFlagsQuestionsTest {

  @Test
  void reimportingAStatuteWithAChangedArticleSendsTheQuestionsCitingItToReview(@TempDir Path dir) throws Exception {
    Path laws = Path.of(System.getProperty("xuefa.laws.dir", "../shared/laws"));
    String original = Files.readString(laws.resolve("constitution.md"), StandardCharsets.UTF_8);
    String altered = original.replaceFirst("(?m)^(第二十七条 .*)$", "$1（测试修改）");
    try (TestServer server = TestServer.start(dir)) {
      var lawImport = server.server().services().lawImport();
      lawImport.importFiles(List.of(new LawSource("constitution.md", original.getBytes(StandardCharsets.UTF_8)))).await();
      TestClient admin = server.admin();
      assertEquals(0, admin.get("/api/questions?status=review").json().getInteger("total"), "a first import flags nothing");

      lawImport.importFiles(List.of(new LawSource("constitution.md", altered.getBytes(StandardCharsets.UTF_8)))).await();
      JsonObject review = admin.get("/api/questions?status=review&limit=200").json();
      assertTrue(review.getInteger("total") > 0, "seed questions cite 宪法第二十七条");
      for (Object o : review.getJsonArray("questions")) {
        JsonObject q = (JsonObject) o;
        assertTrue(q.encode().contains("law:constitution:27"), q.encode());
        assertTrue(q.getString("reviewReason").contains("第二十七条"), q.getString("reviewReason"));
      }
      String flagged = review.getJsonArray("questions").getJsonObject(0).getString("id");
      assertTrue(server.server().services().questionBank().active().await().stream().noneMatch(q -> q.id().equals(flagged)),
          "left out of new papers");
    }
  }
}
