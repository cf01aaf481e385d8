package org.xuefa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xuefa.testing.ServerProcess;

/**
 * Writes that share a commit are still on disk when acknowledged: eight writers on eight collections
 * insert as fast as the store takes them, the store process is killed with SIGKILL in the middle, and
 * after a restart on the same file every insert the store acknowledged is there.
 */
class GroupCommitCrashTest {

  private static final int WRITERS = 8;

  @Test
  void everyAcknowledgedWriteSurvivesKillDashNine(@TempDir Path dir) throws Exception {
    Map<Integer, List<Integer>> acknowledged = new ConcurrentHashMap<>();
    try (ServerProcess store = ServerProcess.start(dir, Map.of(), "store", "--port", "0")) {
      String uri = store.awaitStore();
      AtomicBoolean killed = new AtomicBoolean();
      CountDownLatch enough = new CountDownLatch(WRITERS * 50);
      ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
      try (MongoClient client = MongoClients.create(uri + "/?serverSelectionTimeoutMS=2000&connectTimeoutMS=2000")) {
        for (int w = 0; w < WRITERS; w++) {
          int writer = w;
          List<Integer> mine = new ArrayList<>();
          acknowledged.put(writer, mine);
          pool.submit(() -> {
            MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("w" + writer);
            for (int i = 0; !killed.get(); i++) {
              try {
                c.insertOne(new Document("_id", i).append("writer", writer));
              } catch (RuntimeException e) {
                return; // the store is gone: this insert was never acknowledged
              }
              synchronized (mine) {
                mine.add(i);
              }
              enough.countDown();
            }
          });
        }
        assertTrue(enough.await(60, TimeUnit.SECONDS), "the writers got going");
        store.kill();
        killed.set(true);
        pool.shutdown();
        assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
      }
    }
    try (ServerProcess store = ServerProcess.start(dir, Map.of(), "store", "--port", "0");
        MongoClient client = MongoClients.create(store.awaitStore())) {
      long total = 0;
      for (int w = 0; w < WRITERS; w++) {
        MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("w" + w);
        for (int i : acknowledged.get(w)) {
          assertEquals(1, c.countDocuments(Filters.eq("_id", i)), "writer " + w + ", insert " + i);
        }
        total += acknowledged.get(w).size();
      }
      assertTrue(total >= WRITERS * 50, "acknowledged before the kill: " + total);
    }
  }
}
