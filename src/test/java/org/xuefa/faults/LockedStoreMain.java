package org.xuefa.faults;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.h2.mvstore.MVStore;

/**
 * Not a test: the embedded store as {@code xuefa store} runs it, with the change proposed for
 * {@code org.xuefa.store.DurableH2Backend} — MVStore auto-commit off, and a commit only while no write
 * command is half-applied — so that {@link StoreKillIndexProbe} can be pointed at it
 * ({@code -Dprobe.main=org.xuefa.faults.LockedStoreMain}). Arguments: data folder, port.
 */
public final class LockedStoreMain {

  private static final Set<String> WRITES = Set.of(
      "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop",
      "dropdatabase", "create", "renamecollection", "aggregate");

  private LockedStoreMain() {}

  /** Writes run side by side under the shared lock; a commit takes it exclusively, between writes. */
  static final class LockedBackend extends H2Backend {
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    LockedBackend(MVStore store) {
      super(store);
      disableOplog();
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
      if (!WRITES.contains(command.toLowerCase())) {
        return super.handleCommand(channel, database, command, query);
      }
      Document result;
      lock.readLock().lock();
      try {
        result = super.handleCommand(channel, database, command, query);
      } finally {
        lock.readLock().unlock();
      }
      lock.writeLock().lock();
      try {
        commit();
      } finally {
        lock.writeLock().unlock();
      }
      return result;
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    MVStore mv = new MVStore.Builder().fileName(dir.resolve("store.mv.db").toString()).autoCommitDisabled().open();
    MongoServer server = new MongoServer(new LockedBackend(mv));
    server.bind("127.0.0.1", Integer.parseInt(args[1]));
    System.out.println("store listening on mongodb://127.0.0.1:" + args[1]);
    System.out.flush();
  }
}
