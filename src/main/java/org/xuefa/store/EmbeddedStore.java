package org.xuefa.store;

import de.bwaldvogel.mongo.MongoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/** The MongoDB-compatible store kept in one H2 file in the data folder, served over the wire protocol. */
public final class EmbeddedStore implements AutoCloseable {

  public static final String FILE_NAME = "store.mv.db";

  private final DurableH2Backend backend;
  private final MongoServer server;
  private final String connectionString;

  private EmbeddedStore(DurableH2Backend backend, MongoServer server, String connectionString) {
    this.backend = backend;
    this.server = server;
    this.connectionString = connectionString;
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
      mv = new MVStore.Builder().fileName(file.toString()).open();
    } catch (MVStoreException e) {
      if (e.getMessage() != null && e.getMessage().toLowerCase().contains("locked")) {
        throw new StoreLockedException(file);
      }
      throw new StoreException("cannot open the store file " + file + ": " + e.getMessage(), e);
    }
    if (!DataTypes.typed(mv)) {
      System.out.println("store: " + file + " was written by an earlier version; it keeps H2's default "
          + "(slower) encoding; a new data folder gets the current one.");
    }
    DurableH2Backend backend = new DurableH2Backend(mv);
    MongoServer server = new MongoServer(backend);
    server.bind(host, port);
    var address = server.getLocalAddress();
    String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
    return new EmbeddedStore(backend, server, uri);
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
    server.shutdownNow();
    backend.close();
  }
}
