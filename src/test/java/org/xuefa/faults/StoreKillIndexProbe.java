package org.xuefa.faults;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.IndexOptions;
import io.vertx.ext.mongo.MongoClient;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.xuefa.testing.ServerProcess;

/**
 * Kills the {@code xuefa store} process while conditional updates on {_id, status, rev}
 * run from many connections, reopens it, and counts documents whose unique-index entry disagrees with
 * the document (found by {_id} but not by {_id, status, rev}). {@link StoreKillIndexConsistencyTest} runs three
 * rounds in the build; for more, run
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.xuefa.faults.StoreKillIndexProbe [rounds]}
 * where cp.txt comes from {@code mvn -o dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}.
 */
public final class StoreKillIndexProbe {

  private StoreKillIndexProbe() {}

  public static void main(String[] args) throws Exception {
    int broken = run(args.length > 0 ? Integer.parseInt(args[0]) : 5);
    System.out.println(broken == 0 ? "consistent" : "INCONSISTENT: " + broken);
    System.exit(broken == 0 ? 0 : 1);
  }

  /** Kills the store {@code rounds} times under load; the number of documents found disagreeing with their index. */
  static int run(int rounds) throws Exception {
    int docs = 64;
    Path dir = Files.createTempDirectory("xuefa-store-probe");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Vertx vertx = Vertx.vertx();
    int broken = 0;
    for (int round = 1; round <= rounds; round++) {
      ServerProcess store = startStore(dir, port);
      MongoClient mongo = MongoClient.create(vertx, new JsonObject()
          .put("connection_string", "mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=2000")
          .put("db_name", "probe").put("useObjectId", false).put("maxPoolSize", 32));
      if (round == 1) {
        mongo.createIndexWithOptions("t", new JsonObject().put("_id", 1).put("status", 1),
            new IndexOptions().unique(true)).await();
        mongo.createIndexWithOptions("t", new JsonObject().put("_id", 1).put("status", 1).put("rev", 1),
            new IndexOptions().unique(true)).await();
        for (int i = 0; i < docs; i++) {
          mongo.insert("t", new JsonObject().put("_id", "d" + i).put("status", "open").put("rev", 0)).await();
        }
      }
      AtomicBoolean stop = new AtomicBoolean();
      List<Future<Void>> lanes = new ArrayList<>();
      for (int i = 0; i < docs; i++) {
        lanes.add(hammer(mongo, "d" + i, stop));
      }
      for (int i = 0; i < 8; i++) {
        lanes.add(bulk(mongo, docs, i, stop));
      }
      long until = System.nanoTime() + 700_000_000L + round * 97_000_000L;
      while (System.nanoTime() < until) {
        Thread.onSpinWait();
      }
      store.kill();
      stop.set(true);
      Future.join(lanes).otherwiseEmpty().await();
      mongo.close().await();

      store = startStore(dir, port);
      mongo = MongoClient.create(vertx, new JsonObject().put("connection_string", "mongodb://127.0.0.1:" + port)
          .put("db_name", "probe").put("useObjectId", false));
      int here = 0;
      long revs = 0;
      for (int i = 0; i < docs; i++) {
        JsonObject d = mongo.findOne("t", new JsonObject().put("_id", "d" + i), null).await();
        revs += d.getInteger("rev");
        JsonObject byIndex = mongo.findOne("t", new JsonObject().put("_id", "d" + i).put("status", d.getString("status"))
            .put("rev", d.getInteger("rev")), null).await();
        if (byIndex == null) {
          here++;
          System.out.println("round " + round + ": " + d.encode() + " is not found by {_id, status, rev}");
        }
      }
      System.out.println("round " + round + ": " + here + " of " + docs + " documents disagree with their index ("
          + revs + " updates kept so far)");
      broken += here;
      mongo.close().await();
      store.stop();
    }
    vertx.close().await();
    return broken;
  }

  /** {@code xuefa store}, or the main class named by {@code -Dprobe.main} (arguments: folder, port). */
  private static ServerProcess startStore(Path dir, int port) throws Exception {
    String main = System.getProperty("probe.main");
    ServerProcess p = main == null
        ? ServerProcess.start(dir, Map.of(), "store", "--port", Integer.toString(port))
        : ServerProcess.startMain(main, dir.toString(), Integer.toString(port));
    p.awaitStore();
    return p;
  }

  /** Bulk updates on {_id, status} as the answer batcher sends them, eight documents at a time. */
  private static Future<Void> bulk(MongoClient mongo, int docs, int lane, AtomicBoolean stop) {
    if (stop.get()) {
      return Future.succeededFuture();
    }
    List<io.vertx.ext.mongo.BulkOperation> ops = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String id = "d" + ((lane * 8 + i) % docs);
      ops.add(io.vertx.ext.mongo.BulkOperation.createUpdate(new JsonObject().put("_id", id).put("status", "open"),
          new JsonObject().put("$set", new JsonObject().put("answers.q" + i, System.nanoTime()))
              .put("$inc", new JsonObject().put("rev", 1))));
    }
    return mongo.bulkWriteWithOptions("t", ops, new io.vertx.ext.mongo.BulkWriteOptions(true))
        .compose(r -> bulk(mongo, docs, lane, stop));
  }

  /** Moves one document's rev by conditional updates, one at a time, until stopped or the store is gone. */
  private static Future<Void> hammer(MongoClient mongo, String id, AtomicBoolean stop) {
    if (stop.get()) {
      return Future.succeededFuture();
    }
    return mongo.findOne("t", new JsonObject().put("_id", id), null).compose(d -> mongo.updateCollection("t",
            new JsonObject().put("_id", id).put("status", d.getString("status")).put("rev", d.getInteger("rev")),
            new JsonObject().put("$inc", new JsonObject().put("rev", 1))))
        .compose(r -> hammer(mongo, id, stop));
  }
}
