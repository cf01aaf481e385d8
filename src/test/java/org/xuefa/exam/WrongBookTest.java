package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.TestServer;

/**
 * The wrong-answer book is written whole under a version: changes that race (an exam's close on one
 * node, practice on another) all land, none overwrites another, and books written before the version
 * existed are taken up as they are.
 */
class WrongBookTest {

  @Test
  void racingChangesAllLandAndOldBooksAreTakenUp(@TempDir Path dir) {
    try (TestServer server = TestServer.start(dir)) {
      MongoClient mongo = ExamFixture.mongo(server);
      WrongBook book = new WrongBook(mongo);

      // twelve closes of different attempts at once, each with its own mistakes and one shared question
      List<Future<Void>> racing = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        racing.add(book.addWrong("ann", List.of("Q" + i, "SHARED"), "attempt:a" + i, 1000 + i));
      }
      Future.all(racing).await();
      JsonObject items = book.items("ann").await();
      assertEquals(13, items.size(), items.encode());
      assertEquals(12, items.getJsonObject("SHARED").getInteger("count"), "every close counted once: " + items);
      for (int i = 0; i < 12; i++) {
        assertEquals(1, items.getJsonObject("Q" + i).getInteger("count"));
      }

      // one more close, then its follow-up repeated: the repeat moves nothing
      book.addWrong("ann", List.of("SHARED"), "attempt:z", 5000).await();
      book.addWrong("ann", List.of("SHARED"), "attempt:z", 5001).await();
      assertEquals(13, book.items("ann").await().getJsonObject("SHARED").getInteger("count"));

      // practice racing with a close: the right answer and the new mistakes both land
      Future.all(book.practisedRight("ann", "Q1"), book.addWrong("ann", List.of("Q99"), "attempt:b", 6000)).await();
      items = book.items("ann").await();
      assertEquals(1, items.getJsonObject("Q1").getInteger("streak"));
      assertEquals(1, items.getJsonObject("Q99").getInteger("count"));
      assertTrue(book.practisedRight("ann", "Q1").await(), "two right answers in a row: it leaves the book");
      assertNull(book.items("ann").await().getJsonObject("Q1"));
      assertFalse(book.practisedRight("ann", "NOT-THERE").await());

      // a book from before the version field
      mongo.save(WrongBook.COLLECTION, new JsonObject().put("_id", "old").put("items", new JsonObject()
          .put("Q1", new JsonObject().put("count", 2).put("lastWrongAt", 1).put("streak", 0)
              .put("lastSource", "attempt:x")))).await();
      book.addWrong("old", List.of("Q1", "Q2"), "attempt:y", 7000).await();
      items = book.items("old").await();
      assertEquals(3, items.getJsonObject("Q1").getInteger("count"), items.encode());
      assertEquals(1, items.getJsonObject("Q2").getInteger("count"));
      assertEquals(1L, mongo.findOne(WrongBook.COLLECTION, new JsonObject().put("_id", "old"), null).await()
          .getLong("v"));
    }
  }
}
