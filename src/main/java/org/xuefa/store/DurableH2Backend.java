package org.xuefa.store;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of the embedded store, committed after every write command so that a write the
 * client sees acknowledged survives {@code kill -9}; H2 on its own commits only about once a second.
 */
final class DurableH2Backend extends H2Backend {

  private static final Set<String> WRITES = Set.of(
      "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop",
      "dropdatabase", "create", "renamecollection", "aggregate");

  DurableH2Backend(MVStore store) {
    super(store);
    disableOplog();
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    Document result = super.handleCommand(channel, database, command, query);
    if (WRITES.contains(command.toLowerCase())) {
      commit();
    }
    return result;
  }
}
