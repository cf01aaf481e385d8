package org.xuefa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With H2's auto-commit off (it could commit half a write command) its background housekeeping is off
 * too, and the store compacts the file itself, between write commands. Compaction rounds in the middle
 * of a stream of rewrites leave every document and its unique index as the last write left them.
 */
class StoreCompactionTest {

  @Test
  void compactionBetweenRewritesKeepsDocumentsAndIndexesIntact(@TempDir Path dir) {
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(store.connectionString())) {
      MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("sheets");
      c.createIndex(Indexes.ascending("_id", "open"), new IndexOptions().unique(true));
      for (int round = 0; round < 20; round++) {
        List<WriteModel<Document>> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          batch.add(new UpdateOneModel<>(Filters.and(Filters.eq("_id", "sheet-" + i), Filters.eq("open", true)),
              Updates.combine(Updates.set("a.q" + (round % 10), List.of("R" + round)), Updates.set("round", round)),
              new UpdateOptions().upsert(true)));
        }
        for (int i = 0; i < batch.size(); i += 30) {
          c.bulkWrite(batch.subList(i, i + 30));
        }
        if (round % 5 == 4) {
          store.compactNow();
        }
      }
    }
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(store.connectionString())) {
      MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("sheets");
      assertEquals(300, c.countDocuments());
      for (int i = 0; i < 300; i += 7) {
        Document d = c.find(Filters.and(Filters.eq("_id", "sheet-" + i), Filters.eq("open", true))).first();
        assertEquals(19, d.getInteger("round"), "sheet-" + i + " found by its unique index, as last written");
        assertEquals(List.of("R19"), d.get("a", Document.class).getList("q9", String.class));
      }
    }
  }
}
