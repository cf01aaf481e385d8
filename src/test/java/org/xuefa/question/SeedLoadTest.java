package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestServer;

class SeedLoadTest {

  @Test
  void theSeedsLoadOnFirstStartOnlyAndAgainOnlyAfterAStartThatDiedWhileLoadingThem(@TempDir Path dir) {
    long version;
    try (TestServer server = TestServer.start(dir)) {
      QuestionRepository repository = server.server().services().questions().repository();
      assertEquals(312, repository.count().await());
      assertEquals(312, server.server().services().questionBank().active().await().size());
      assertEquals(QuestionRepository.SEED_DONE, repository.seedState().await());
      assertEquals(0, server.admin().get("/api/questions?status=review").json().getLong("total"));
      JsonObject q = server.admin().get("/api/questions/QA2-001").json();
      assertEquals("seed", q.getJsonObject("audit").getString("createdBy"));
      version = repository.version().await();
    }
    try (TestServer server = TestServer.start(dir)) {
      QuestionRepository repository = server.server().services().questions().repository();
      assertEquals(312, repository.count().await());
      assertEquals(version, repository.version().await(), "a second start writes no question");
      assertEquals(1, server.admin().get("/api/questions/QA2-001").json().getLong("version"));
      repository.setSeedState(QuestionRepository.SEED_STARTED).await();
    }
    try (TestServer server = TestServer.start(dir)) {
      QuestionRepository repository = server.server().services().questions().repository();
      assertEquals(312, repository.count().await(), "re-seeding replaces by code, never duplicates");
      assertTrue(repository.version().await() > version, "the interrupted seeding was completed");
      assertEquals(QuestionRepository.SEED_DONE, repository.seedState().await());
    }
  }
}
