package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.store.EmbeddedStore;

/**
 * Counts recorded on a Vert.x context wait a moment for more to join them; a reader on the same node
 * still sees every count recorded before it asked, and nothing is counted twice.
 */
class QuestionStatsTest {

  @Test
  void aReaderSeesEveryCountRecordedBeforeItAskedEvenWhileTheyLinger(@TempDir Path dir) {
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0)) {
      Vertx vertx = Vertx.vertx();
      try {
        MongoClient mongo = MongoClient.create(vertx, new JsonObject()
            .put("connection_string", store.connectionString()).put("db_name", "xuefa").put("useObjectId", false));
        QuestionStats stats = new QuestionStats(mongo);
        // 50 papers closing on an event loop, as the exam records them, then a trainer's read at once
        Promise<List<Future<Void>>> recorded = Promise.promise();
        vertx.runOnContext(v -> {
          List<Future<Void>> all = new ArrayList<>();
          for (int i = 0; i < 50; i++) {
            all.add(stats.recordAll(List.of(new QuestionStats.Answer("Q1", i % 5 != 0, List.of(i % 5 != 0 ? "A" : "B")),
                new QuestionStats.Answer("Q2", true, List.of("A", "C")))));
          }
          recorded.complete(all);
        });
        List<Future<Void>> writes = recorded.future().await();
        Map<String, QuestionStats.Counts> read = stats.forIds(List.of("Q1", "Q2", "Q3")).await();
        assertEquals(50, read.get("Q1").attempts());
        assertEquals(40, read.get("Q1").correct());
        assertEquals(10, read.get("Q1").choices().get("B"));
        assertEquals(50, read.get("Q2").choices().get("C"));
        assertEquals(2, read.size(), "nobody answered Q3");
        Future.all(writes).await();

        // more while a write may be in flight: still each counted once
        Promise<Void> more = Promise.promise();
        vertx.runOnContext(v -> {
          for (int i = 0; i < 10; i++) {
            stats.recordAll(List.of(new QuestionStats.Answer("Q1", true, List.of("A"))));
          }
          more.complete();
        });
        more.future().await();
        assertEquals(60, stats.forIds(List.of("Q1")).await().get("Q1").attempts());
        assertEquals(60, stats.forIds(List.of("Q1")).await().get("Q1").attempts(), "read again: the same");
      } finally {
        vertx.close().await();
      }
    }
  }
}
