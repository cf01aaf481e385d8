package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.store.BulkQueue;
import org.xuefa.store.ByIdReads;
import org.xuefa.store.EmbeddedStore;

/**
 * The answer sheets against the real embedded store: a save before the freeze is in what a close
 * grades, a save after it is refused (and says so), and in a batch mixing both each save gets its own
 * answer — the guarantee behind "an acknowledged answer is graded, a late one is refused".
 */
class AnswerFreezeTest {

  private static final int PAPER = 25;

  @TempDir
  static Path dir;
  static Vertx vertx;
  static EmbeddedStore store;
  static MongoClient mongo;

  private static ByIdReads sheets() {
    return new ByIdReads(mongo, AnswerSheets.COLLECTION, 100);
  }
  private static BulkQueue freezes;

  @BeforeAll
  static void open() {
    store = EmbeddedStore.open(dir, "127.0.0.1", 0);
    vertx = Vertx.vertx();
    mongo = MongoClient.create(vertx, new JsonObject().put("connection_string", store.connectionString())
        .put("db_name", "xuefa"));
    AnswerSheets.ensureIndexes(mongo).await();
    freezes = new BulkQueue(mongo, AnswerSheets.COLLECTION);
  }

  @AfterAll
  static void close() {
    mongo.close().await();
    vertx.close().await();
    store.close();
  }

  @Test
  void aSaveBeforeTheFreezeIsGradedAndOneAfterItIsRefused() {
    AnswerBatcher batcher = new AnswerBatcher(mongo, sheets());
    assertTrue(batcher.save("att1", PAPER, "q1", List.of("A"), 1_000).await());
    assertTrue(batcher.save("att1", PAPER, "q2", List.of("B", "C"), 1_001).await());
    assertTrue(batcher.save("att1", PAPER, "q2", List.of("C"), 1_002).await(), "a changed answer overwrites");
    assertTrue(batcher.save("att1", PAPER, "q3", List.of("D"), 1_003).await());
    assertTrue(batcher.save("att1", PAPER, "q3", List.of(), 1_004).await(), "a cleared answer");

    Map<String, List<String>> frozen = AnswerSheets.freeze(freezes, sheets(), "att1", PAPER).await();
    assertEquals(Map.of("q1", List.of("A"), "q2", List.of("C"), "q3", List.of()), frozen);

    assertFalse(batcher.save("att1", PAPER, "q1", List.of("B"), 2_000).await(), "refused after the freeze");
    for (int i = 4; i <= PAPER; i++) {
      assertFalse(batcher.save("att1", PAPER, "q" + i, List.of("A"), 2_000 + i).await(),
          "q" + i + ": a sheet nobody wrote on is frozen too");
    }
    assertEquals(frozen, AnswerSheets.read(sheets(), "att1", PAPER).await(), "nothing changed after the freeze");
    assertEquals(frozen, AnswerSheets.freeze(freezes, sheets(), "att1", PAPER).await(),
        "freezing again (a second closer) reads the same answers");
  }

  @Test
  void inOneBatchEverySaveGetsItsOwnAnswer() {
    AnswerBatcher batcher = new AnswerBatcher(mongo, sheets());
    AnswerSheets.freeze(freezes, sheets(), "closed", PAPER).await();
    List<Future<Boolean>> saves = new ArrayList<>();
    // queued behind the first, so most go in one bulk write with both kinds of save in it
    for (int i = 0; i < 40; i++) {
      saves.add(batcher.save(i % 2 == 0 ? "open" : "closed", PAPER, "q" + (i % PAPER), List.of("A"), 5_000 + i));
    }
    Future.join(saves).await();
    Set<String> savedOpen = new HashSet<>();
    for (int i = 0; i < 40; i++) {
      assertEquals(i % 2 == 0, saves.get(i).result(), "save " + i);
      if (i % 2 == 0) {
        savedOpen.add("q" + (i % PAPER));
      }
    }
    assertEquals(savedOpen, AnswerSheets.read(sheets(), "open", PAPER).await().keySet());
    assertEquals(Map.of(), AnswerSheets.read(sheets(), "closed", PAPER).await());
  }

  @Test
  void sheetsFollowFromTheQuestionAndThePaperSizeAlone() {
    Set<String> sheets = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      String id = AnswerSheets.sheetId("x", "Q" + i, 100);
      assertEquals(id, AnswerSheets.sheetId("x", "Q" + i, 100));
      sheets.add(id);
    }
    assertEquals(10, sheets.size(), "100 questions over 10 sheets");
    assertEquals(Set.of("x:0"), Set.of(AnswerSheets.sheetId("x", "Q7", 3)), "a short paper has one sheet");
  }
}
