package org.xuefa.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store's own encoding (BSON documents, keys compared as values): every BSON type the
 * server uses comes back as written after a reopen, unique indexes keep refusing duplicates from the
 * file, and a store file written with H2's default encoding is still read and written.
 */
class StoreEncodingTest {

  private static final ObjectId OID = new ObjectId("65a1b2c3d4e5f60718293a4b");

  @Test
  void documentsAndUniqueIndexesSurviveAReopen(@TempDir Path dir) {
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(store.connectionString())) {
      MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("things");
      c.createIndex(Indexes.ascending("_id", "status"), new IndexOptions().unique(true));
      c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
      c.insertMany(sample());
      c.updateOne(Filters.and(Filters.eq("_id", "a-1"), Filters.eq("status", "open")),
          Updates.combine(Updates.set("answers.q1", List.of("B")), Updates.inc("rev", 1)));
    }
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(store.connectionString())) {
      MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("things");
      assertEquals(sample().size(), c.countDocuments());
      Document a = c.find(Filters.and(Filters.eq("_id", "a-1"), Filters.eq("status", "open"))).first();
      assertEquals(List.of("B"), a.get("answers", Document.class).getList("q1", String.class));
      assertEquals(1, a.getInteger("rev"));
      assertEquals(new Date(1_700_000_000_000L), a.getDate("when"));
      assertEquals(new Decimal128(new BigDecimal("12.50")), a.get("money"));
      assertEquals(new Binary(new byte[] {1, 2, 3}), a.get("bytes"));
      assertNull(a.get("nothing"));
      assertTrue(a.containsKey("nothing"));
      assertEquals("南宫市司法局", a.get("unit", Document.class).getString("name"));
      assertEquals(7L, c.find(Filters.eq("_id", OID)).first().getLong("n"));
      assertEquals("int", c.find(Filters.eq("_id", 42)).first().getString("kind"));
      assertEquals("long", c.find(Filters.eq("_id", 1L << 40)).first().getString("kind"));
      assertEquals("a-2", c.find(Filters.eq("code", "C-2")).first().getString("_id"));
      assertEquals(2, c.find(Filters.in("_id", "a-1", "a-2", "missing")).into(new ArrayList<>()).size());
      MongoWriteException dup = assertThrows(MongoWriteException.class,
          () -> c.insertOne(new Document("_id", "a-3").append("code", "C-1")));
      assertEquals(11000, dup.getError().getCode());
      assertThrows(MongoWriteException.class, () -> c.insertOne(new Document("_id", "a-1")));
      c.deleteOne(Filters.eq("_id", "a-2"));
      c.insertOne(new Document("_id", "a-4").append("code", "C-2"));
      assertEquals("a-4", c.find(Filters.eq("code", "C-2")).first().getString("_id"));
    }
    try (MVStore mv = new MVStore.Builder().fileName(dir.resolve(EmbeddedStore.FILE_NAME).toString()).open()) {
      assertTrue(DataTypes.typed(mv), "a store file created now is marked with its encoding");
    }
  }

  @Test
  void aFileWrittenWithTheDefaultEncodingIsStillReadAndWritten(@TempDir Path dir) {
    try (MVStore mv = new MVStore.Builder().fileName(dir.resolve(EmbeddedStore.FILE_NAME).toString()).open()) {
      H2Backend backend = new H2Backend(mv);
      MongoServer server = new MongoServer(backend);
      try {
        var address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
          MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("things");
          c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
          c.insertMany(sample());
        }
      } finally {
        server.shutdownNow();
        backend.commit();
      }
    }
    try (EmbeddedStore store = EmbeddedStore.open(dir, "127.0.0.1", 0);
        MongoClient client = MongoClients.create(store.connectionString())) {
      MongoCollection<Document> c = client.getDatabase("xuefa").getCollection("things");
      assertEquals(sample().size(), c.countDocuments());
      assertEquals("a-2", c.find(Filters.eq("code", "C-2")).first().getString("_id"));
      assertThrows(MongoWriteException.class, () -> c.insertOne(new Document("_id", "x").append("code", "C-1")));
      c.insertOne(new Document("_id", "a-9").append("code", "C-9"));
      assertEquals(sample().size() + 1, c.countDocuments());
    }
    try (MVStore mv = new MVStore.Builder().fileName(dir.resolve(EmbeddedStore.FILE_NAME).toString()).open()) {
      assertFalse(DataTypes.typed(mv), "an older file keeps its encoding");
    }
  }

  private static List<Document> sample() {
    return List.of(
        new Document("_id", "a-1").append("status", "open").append("code", "C-1")
            .append("answers", new Document("q0", List.of("A"))).append("rev", 0)
            .append("when", new Date(1_700_000_000_000L)).append("money", new Decimal128(new BigDecimal("12.50")))
            .append("bytes", new Binary(new byte[] {1, 2, 3})).append("nothing", null)
            .append("unit", new Document("name", "南宫市司法局").append("tags", List.of(1, 2.5, "三"))),
        new Document("_id", "a-2").append("status", "closed").append("code", "C-2"),
        new Document("_id", OID).append("n", 7L).append("code", "C-3"),
        new Document("_id", 42).append("kind", "int").append("code", "C-4"),
        new Document("_id", 1L << 40).append("kind", "long").append("code", "C-5"));
  }
}
