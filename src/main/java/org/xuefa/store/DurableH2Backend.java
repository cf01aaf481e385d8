package org.xuefa.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import java.util.List;
import java.util.Set;
import org.h2.mvstore.MVStore;

/**
 * The H2 backend of the embedded store. H2's own auto-commit (about once a second, at any moment) is
 * off; every write command is committed before it is answered, between commands ({@link GroupCommit}),
 * so a write the client sees acknowledged survives {@code kill -9} and the file never holds half of one.
 * Its collections keep documents as BSON bytes ({@link BsonCollection}) and its unique indexes
 * ({@link UniqueIndex}) compare keys as values (see {@link DataTypes}); a store file from before that
 * keeps H2's default types and the library's own classes.
 */
final class DurableH2Backend extends H2Backend {

  private static final Set<String> WRITES = Set.of(
      "insert", "update", "delete", "findandmodify", "createindexes", "dropindexes", "drop",
      "dropdatabase", "create", "renamecollection", "aggregate");

  private final GroupCommit commits;

  DurableH2Backend(MVStore store) {
    super(store);
    disableOplog();
    // no command reaches this backend before the constructor returns: the store is not yet listening
    commits = new GroupCommit(this::commit);
  }

  @Override
  public Document handleCommand(Channel channel, String database, String command, Document query) {
    if (!WRITES.contains(command.toLowerCase())) {
      return super.handleCommand(channel, database, command, query);
    }
    return commits.write(() -> super.handleCommand(channel, database, command, query));
  }

  /** Compacts the file (H2's own background housekeeping is off with its auto-commit) between writes. */
  void compact(int targetFillRate, int maxBytes) {
    commits.exclusively(() -> getMvStore().compact(targetFillRate, maxBytes));
  }

  /**
   * Runs inside H2Backend's constructor for the databases already in the file, before this class's own
   * fields are set: so it asks the file (through the store H2Backend already holds) for its encoding.
   */
  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return DataTypes.typed(getMvStore())
        ? new TypedDatabase(databaseName)
        : super.openOrCreateDatabase(databaseName);
  }

  /**
   * H2Database with its maps opened with the typed key and value before H2Database opens them by
   * name: MVStore hands an open map back to whoever opens it again, types and all. An inner class, so
   * that the overrides reach the store while H2Database's constructor runs (javac sets the outer
   * instance before the super constructor call).
   */
  private final class TypedDatabase extends H2Database {

    TypedDatabase(String databaseName) {
      super(databaseName, DurableH2Backend.this.getMvStore(), DurableH2Backend.this.getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
      return new BsonCollection(this, collectionName, options,
          DataTypes.openDataMap(DurableH2Backend.this, getFullCollectionNamespace(collectionName)),
          DurableH2Backend.this.getCursorRegistry());
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
        boolean sparse) {
      return new UniqueIndex(
          DataTypes.openIndexMap(DurableH2Backend.this, getFullCollectionNamespace(collectionName), indexName),
          indexName, keys, sparse);
    }
  }
}
