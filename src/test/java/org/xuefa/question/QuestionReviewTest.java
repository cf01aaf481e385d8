package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.demo.DemoData;
import org.xuefa.testing.TestClient;
import org.xuefa.testing.TestServer;

class QuestionReviewTest {

  @TempDir
  static Path dir;
  static TestServer server;
  static QuestionServices questions;

  @BeforeAll
  static void start() {
    server = TestServer.startDemo(dir);
    questions = server.server().services().questions();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Set<String> citing(String slug, Set<Integer> articles) {
    return questions.repository().all().await().stream()
        .filter(q -> !Question.RETIRED.equals(q.status()))
        .filter(q -> q.sources().stream().anyMatch(s -> articles.stream()
            .anyMatch(n -> s.ref().equals("law:" + slug + ":" + n))))
        .map(Question::id).collect(Collectors.toSet());
  }

  private static Set<String> activeIds() {
    return server.server().services().questionBank().active().await().stream().map(Question::id)
        .collect(Collectors.toSet());
  }

  @Test
  void aChangedOrRemovedArticleFlagsExactlyTheQuestionsCitingItUntilATrainerClearsThem() {
    Set<String> expected = citing("administrative-coercion-law", Set.of(2, 3, 9));
    assertTrue(expected.size() >= 3, "the seeds cite these articles: " + expected);
    Set<String> before = activeIds();
    assertTrue(before.containsAll(expected));

    int flagged = questions.review().flagForLawChange("administrative-coercion-law", Set.of(2, 3), Set.of(9)).await();

    assertEquals(expected.size(), flagged);
    Set<String> after = activeIds();
    assertTrue(after.stream().noneMatch(expected::contains), "flagged questions left the active set at once");
    assertEquals(before.size() - expected.size(), after.size(), "nothing else left it");
    Map<String, Question> byId = server.server().services().questionBank().byIds(expected).await();
    assertEquals(expected, byId.keySet(), "running papers still find flagged questions by id");
    for (Question q : byId.values()) {
      assertEquals(Question.REVIEW, q.status());
      assertTrue(q.reviewReason().matches(".*《行政强制法》第(二|三|九)条 已(修改|删除)（重新导入于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}）.*"),
          q.reviewReason());
    }
    String removedCiting = citingNow(Set.of(9)).iterator().next();
    assertTrue(byId.get(removedCiting).reviewReason().contains("《行政强制法》第九条 已删除"));

    TestClient trainer = server.client();
    trainer.login("trainer", DemoData.PASSWORD);
    JsonObject queue = trainer.get("/api/questions?status=review&limit=200").json();
    assertEquals(expected.size(), queue.getLong("total"));
    String page = trainer.getHtml("/trainer/questions?status=review").body();
    assertTrue(page.contains("复核通过") && page.contains("已删除（重新导入于"), page);
    assertTrue(page.contains("待复核（" + expected.size() + "）"), "the count badge in the status filter");

    String first = expected.iterator().next();
    TestClient.Response cleared = trainer.postForm("/trainer/questions/" + first + "/clear",
        Map.of("back", "/trainer/questions?status=review"), true);
    assertEquals(303, cleared.status());
    assertTrue(cleared.header("Location").startsWith("/trainer/questions?status=review&done=cleared"));
    assertTrue(activeIds().contains(first), "a cleared question is back in new papers");
    Question back = questions.repository().get(first).await().orElseThrow();
    assertEquals(Question.ACTIVE, back.status());
    assertEquals(null, back.reviewReason());
    assertEquals(expected.size() - 1, trainer.get("/api/questions?status=review").json().getLong("total"));
    assertEquals(0, questions.review().flagForLawChange("civil-code", Set.of(), Set.of()).await());
  }

  private static Set<String> citingNow(Set<Integer> articles) {
    return citing("administrative-coercion-law", articles);
  }

  @Test
  void anotherNodesCacheSeesAWriteWithinASecondAndNotBefore() {
    AtomicLong now = new AtomicLong(1_000_000);
    QuestionRepository otherNodesRepository = new QuestionRepository(server.server().services().store().mongo());
    CachedQuestionBank otherNode = new CachedQuestionBank(otherNodesRepository, now::get);
    int before = otherNode.active().await().size();
    TestClient trainer = server.client();
    trainer.login("trainer2", DemoData.PASSWORD);
    JsonObject q = new JsonObject().put("id", "NODE-001").put("type", "判断").put("stem", "另一节点的缓存测试")
        .put("answer", "正确").put("sources", "宪法第1条");
    assertEquals(201, trainer.postJson("/api/questions", q).status());
    assertTrue(activeIds().contains("NODE-001"), "the writing node sees its write at once");
    now.addAndGet(CachedQuestionBank.CHECK_INTERVAL_MS - 1);
    assertEquals(before, otherNode.active().await().size(), "inside the second: the snapshot is kept");
    now.addAndGet(1);
    List<Question> reloaded = otherNode.active().await();
    assertEquals(before + 1, reloaded.size(), "after a second: the version moved, so it reloads");
    assertTrue(reloaded.stream().anyMatch(x -> x.id().equals("NODE-001")));
  }
}
