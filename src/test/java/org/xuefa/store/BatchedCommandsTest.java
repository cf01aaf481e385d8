package org.xuefa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.BulkOperation;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes and lookups asked for together share store commands, and each caller still gets exactly its
 * own answer: its write done (or the bulk's failure), its document (or null), read after its writes.
 */
class BatchedCommandsTest {

  @Test
  void writesAskedForTogetherAllLandAndAFailedBulkFailsItsCallers(@TempDir Path dir) {
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0)) {
      Vertx vertx = Vertx.vertx();
      try {
        MongoClient mongo = client(vertx, store);
        BulkQueue queue = new BulkQueue(mongo, "things");
        List<Future<Void>> writes = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
          JsonObject byId = new JsonObject().put("_id", "t" + (i % 50));
          writes.add(queue.add(BulkOperation.createUpdate(byId,
              new JsonObject().put("$inc", new JsonObject().put("n", 1)), true, false)));
        }
        Future.all(writes).await();
        for (int i = 0; i < 50; i++) {
          assertEquals(4, mongo.findOne("things", new JsonObject().put("_id", "t" + i), null).await().getInteger("n"));
        }
        queue.add(BulkOperation.createDelete(new JsonObject().put("_id", "t0"))).await();
        assertNull(mongo.findOne("things", new JsonObject().put("_id", "t0"), null).await());

        // an insert that collides fails its bulk: its caller and those after it in the bulk hear of it
        Future<Void> collides = queue.add(BulkOperation.createInsert(new JsonObject().put("_id", "t1")));
        Throwable failure = collides.transform(ar -> Future.succeededFuture(ar.cause())).await();
        assertTrue(StoreErrors.isDuplicateKey(failure), String.valueOf(failure));
        queue.add(BulkOperation.createInsert(new JsonObject().put("_id", "fresh"))).await();
        assertEquals(1L, mongo.count("things", new JsonObject().put("_id", "fresh")).await());
      } finally {
        vertx.close().await();
      }
    }
  }

  @Test
  void lookupsAskedForTogetherEachGetTheirOwnDocumentAndSeeTheirWrites(@TempDir Path dir) {
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0)) {
      Vertx vertx = Vertx.vertx();
      try {
        MongoClient mongo = client(vertx, store);
        for (int i = 0; i < 30; i++) {
          mongo.insert("people", new JsonObject().put("_id", "p" + i).put("n", i)).await();
        }
        ByIdReads reads = new ByIdReads(mongo, "people", 100);
        List<Future<JsonObject>> asked = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
          asked.add(reads.get(i % 31 == 30 ? "nobody" : "p" + (i % 31)));
        }
        Future.all(asked).await();
        for (int i = 0; i < 90; i++) {
          JsonObject d = asked.get(i).result();
          if (i % 31 == 30) {
            assertNull(d, "no such document");
          } else {
            assertEquals(i % 31, d.getInteger("n"));
          }
        }
        assertNotSame(asked.get(0).result(), asked.get(31).result(), "the same document twice: two copies");

        mongo.updateCollection("people", new JsonObject().put("_id", "p3"),
            new JsonObject().put("$set", new JsonObject().put("n", 300))).await();
        assertEquals(300, reads.get("p3").await().getInteger("n"), "a lookup sees what its caller wrote");
      } finally {
        vertx.close().await();
      }
    }
  }

  @Test
  void conditionalUpdatesAskedForTogetherEachLearnWhetherTheirsMatched(@TempDir Path dir) {
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0)) {
      Vertx vertx = Vertx.vertx();
      try {
        MongoClient mongo = client(vertx, store);
        mongo.createIndexWithOptions("attempts", new JsonObject().put("code", 1),
            new IndexOptions().unique(true)).await();
        for (int i = 0; i < 40; i++) {
          mongo.insert("attempts", new JsonObject().put("_id", "a" + i).put("status", "open").put("code", "c" + i))
              .await();
        }
        ConditionalUpdates closes = new ConditionalUpdates(mongo, "attempts", 100);
        List<Future<Boolean>> asked = new ArrayList<>();
        // two closes of each of the first twenty, one of the rest, one of an attempt that is not there
        for (int i = 0; i < 60; i++) {
          String id = "a" + (i % 40);
          asked.add(closes.update(new JsonObject().put("_id", id).put("status", "open"),
              new JsonObject().put("$set", new JsonObject().put("status", "closed").put("by", i))));
        }
        asked.add(closes.update(new JsonObject().put("_id", "a99").put("status", "open"),
            new JsonObject().put("$set", new JsonObject().put("status", "closed"))));
        Future.all(asked).await();
        for (int d = 0; d < 40; d++) {
          JsonObject doc = mongo.findOne("attempts", new JsonObject().put("_id", "a" + d), null).await();
          assertEquals("closed", doc.getString("status"));
          int winner = doc.getInteger("by");
          for (int i = d; i < 60; i += 40) {
            assertEquals(i == winner, asked.get(i).result(), "close " + i + " of a" + d + " (won by " + winner + ")");
          }
        }
        assertEquals(false, asked.get(60).result(), "no such attempt: did not match");

        // a bulk with one update the store refuses (a unique key taken): the others are applied and told
        // so, the refused one hears why
        List<Future<Boolean>> mixed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
          String id = "a" + i;
          mixed.add(closes.update(new JsonObject().put("_id", id),
              new JsonObject().put("$set", new JsonObject().put("status", "archived"))));
        }
        Future<Boolean> taken = closes.update(new JsonObject().put("_id", "a5"),
            new JsonObject().put("$set", new JsonObject().put("code", "c6")));
        Future.join(new ArrayList<>(mixed)).transform(ar -> Future.succeededFuture()).await();
        Throwable refused = taken.transform(ar -> Future.succeededFuture(ar.cause())).await();
        assertTrue(StoreErrors.isDuplicateKey(refused), String.valueOf(refused));
        for (int i = 0; i < 5; i++) {
          assertTrue(mixed.get(i).await(), "update " + i + " beside the refused one");
          assertEquals("archived", mongo.findOne("attempts", new JsonObject().put("_id", "a" + i), null).await()
              .getString("status"));
        }
      } finally {
        vertx.close().await();
      }
    }
  }

  @Test
  void workForOneKeyRunsOneAtATimeInTheOrderAsked() {
    Vertx vertx = Vertx.vertx();
    try {
      PerKey serial = new PerKey();
      List<Integer> order = new ArrayList<>();
      int[] running = {0};
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int n = i;
        runs.add(serial.run(i % 2 == 0 ? "ann" : "bob", () -> {
          synchronized (order) {
            if (n % 2 == 0) {
              running[0]++;
              assertEquals(1, running[0], "two of ann's at once");
            }
          }
          Promise<Integer> later = Promise.promise();
          vertx.setTimer(1 + n % 3, t -> {
            synchronized (order) {
              if (n % 2 == 0) {
                running[0]--;
                order.add(n);
              }
            }
            later.complete(n);
          });
          return later.future();
        }));
      }
      for (int i = 0; i < 20; i++) {
        assertEquals(i, runs.get(i).await());
      }
      assertEquals(List.of(0, 2, 4, 6, 8, 10, 12, 14, 16, 18), order);
    } finally {
      vertx.close().await();
    }
  }

  private static MongoClient client(Vertx vertx, EmbeddedStore store) {
    return MongoClient.create(vertx, new JsonObject().put("connection_string", store.connectionString())
        .put("db_name", "xuefa").put("useObjectId", false));
  }
}
