package org.xuefa.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.h2.mvstore.MVStoreException;

/** The MongoDB-compatible store kept in one H2 file in the data folder, served over the wire protocol. */
public final class EmbeddedStore implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

  public static final String FILE_NAME = "store.mv.db";

  /** How often the file's partly used chunks are rewritten (H2's own housekeeping went with its auto-commit). */
  private static final long COMPACT_EVERY_SECONDS = 30;
  private static final int TARGET_FILL_RATE = 90;
  private static final int COMPACT_BYTES = 16 * 1024 * 1024;

  private final DurableH2Backend backend;
  private final MongoServer server;
  private final String connectionString;
  private final ScheduledExecutorService housekeeping;

  private EmbeddedStore(DurableH2Backend backend, MongoServer server, String connectionString) {
    this.backend = backend;
    this.server = server;
    this.connectionString = connectionString;
    this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "xuefa-store-compaction");
      t.setDaemon(true);
      return t;
    });
    housekeeping.scheduleWithFixedDelay(this::compact, COMPACT_EVERY_SECONDS, COMPACT_EVERY_SECONDS, TimeUnit.SECONDS);
  }

  /**
   * Opens the store file and listens on host:port (port 0 picks a free one).
   *
   * @throws StoreLockedException when another process holds the file
   */
  public static EmbeddedStore open(Path dataDir, String host, int port) {
    Path file = dataDir.resolve(FILE_NAME);
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new StoreException("cannot create data folder " + dataDir + ": " + e.getMessage(), e);
    }
    MVStore mv;
    try {
      // auto-commit off: it would commit at any moment, also half-way through a write command
      mv = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
    } catch (MVStoreException e) {
      if (e.getMessage() != null && e.getMessage().toLowerCase().contains("locked")) {
        throw new StoreLockedException(file);
      }
      throw new StoreException("cannot open the store file " + file + ": " + e.getMessage(), e);
    }
    if (!DataTypes.typed(mv)) {
      log.warn("{} was written by an earlier version: it keeps H2's default (slower) encoding; "
          + "a new data folder gets the current one", file);
    }
    DurableH2Backend backend = new DurableH2Backend(mv);
    MongoServer server = new MongoServer(backend);
    server.bind(host, port);
    var address = server.getLocalAddress();
    String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
    return new EmbeddedStore(backend, server, uri);
  }

  /** One round of compaction now, as the housekeeping thread does every half minute. */
  public void compactNow() {
    backend.compact(TARGET_FILL_RATE, COMPACT_BYTES);
  }

  private void compact() {
    try {
      backend.compact(TARGET_FILL_RATE, COMPACT_BYTES);
    } catch (RuntimeException e) {
      // the store may be closing; the next round tries again
      log.warn("store compaction skipped this round: {}", e.getMessage());
    }
  }

  public String connectionString() {
    return connectionString;
  }

  public int port() {
    return server.getLocalAddress().getPort();
  }

  /** Stops listening and commits the file; connected clients see the store go away. */
  @Override
  public void close() {
    housekeeping.shutdownNow();
    try {
      // a compaction round under way finishes before the file closes under it
      housekeeping.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.shutdownNow();
    backend.close();
  }
}
