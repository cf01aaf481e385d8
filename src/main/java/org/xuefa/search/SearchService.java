package org.xuefa.search;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xuefa.store.ContentVersion;
import org.xuefa.web.Blocking;

/**
 * The node's search index: built from every registered source at start, rebuilt in the background
 * whenever the store's content version moves (an import on this or another node), while searches
 * keep answering from the previous index.
 */
public final class SearchService {

  private static final Logger log = LoggerFactory.getLogger(SearchService.class);
  static final long WATCH_PERIOD_MS = 2000;
  static final String META = "meta";
  static final List<String> VERSION_IDS = List.of(ContentVersion.ID, "questions-version");

  private final MongoClient mongo;
  private final Blocking blocking;
  private final SearchIndex index;
  private final Directory directory;
  private final List<SearchSource> sources = new CopyOnWriteArrayList<>();
  private final AtomicLong indexedVersion = new AtomicLong(-1);
  private final AtomicBoolean rebuilding = new AtomicBoolean(false);
  private final AtomicBoolean again = new AtomicBoolean(false);
  private volatile int docCount;

  private SearchService(MongoClient mongo, Blocking blocking, Directory directory) throws IOException {
    this.mongo = mongo;
    this.blocking = blocking;
    this.directory = directory;
    this.index = new SearchIndex(directory);
  }

  /**
   * Opens the index folder in the data folder; when another node on the same machine holds it, this
   * node keeps its index in memory (it is rebuilt at every start anyway).
   */
  public static SearchService open(MongoClient mongo, Blocking blocking, Path folder) {
    try {
      Files.createDirectories(folder);
      Directory dir = FSDirectory.open(folder);
      try {
        return new SearchService(mongo, blocking, dir);
      } catch (LockObtainFailedException e) {
        dir.close();
        log.info("search index folder {} is in use by another node; this node keeps its index in memory", folder);
        return new SearchService(mongo, blocking, new ByteBuffersDirectory());
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  public SearchService register(SearchSource source) {
    sources.add(source);
    return this;
  }

  public int docCount() {
    return docCount;
  }

  /**
   * Reads every source and brings the index up to what they hold, rewriting only the passages that
   * changed (none on a restart over an unchanged library, one after a question edit); concurrent
   * calls coalesce into one more run.
   */
  public Future<Integer> rebuild() {
    if (!rebuilding.compareAndSet(false, true)) {
      again.set(true);
      return Future.succeededFuture(docCount);
    }
    long started = System.nanoTime();
    return currentVersion()
        .compose(version -> gather().compose(docs -> {
          long gathered = System.nanoTime();
          return blocking.run(() -> {
            int written = index.sync(docs);
            return new int[] {index.docCount(), written};
          }).map(counts -> {
            indexedVersion.set(version);
            docCount = counts[0];
            log.info("search index rebuilt: {} passages ({} written) in {} ms (sources read in {} ms)", counts[0],
                counts[1], (System.nanoTime() - started) / 1_000_000, (gathered - started) / 1_000_000);
            return counts[0];
          });
        }))
        .eventually(() -> {
          rebuilding.set(false);
          if (again.getAndSet(false)) {
            rebuild();
          }
          return Future.succeededFuture();
        });
  }

  /** Checks the content version every few seconds and rebuilds when another import moved it. */
  public long watch(Vertx vertx) {
    return vertx.setPeriodic(WATCH_PERIOD_MS, id -> {
      if (rebuilding.get()) {
        return;
      }
      currentVersion().onSuccess(v -> {
        if (v != indexedVersion.get()) {
          rebuild().onFailure(e -> log.warn("search index rebuild failed: {}", e.getMessage()));
        }
      });
    });
  }

  public Future<SearchResult> search(SearchQuery query) {
    return blocking.run(() -> index.search(query));
  }

  public Future<List<String>> suggest(String prefix, int n) {
    return blocking.run(() -> index.suggest(prefix, n));
  }

  public void close() {
    try {
      index.close();
      directory.close();
    } catch (IOException e) {
      log.warn("closing the search index: {}", e.getMessage());
    }
  }

  /**
   * The sum of the counters every import or edit raises: statutes and reindex move
   * {@code content-version}, question edits {@code questions-version}. One read by {@code _id}.
   */
  private Future<Long> currentVersion() {
    JsonObject ids = new JsonObject().put("_id", new JsonObject().put("$in", new JsonArray(VERSION_IDS)));
    return mongo.find(META, ids).map(docs -> docs.stream().mapToLong(d -> d.getLong("value", 0L)).sum());
  }

  private Future<List<SearchDoc>> gather() {
    List<Future<List<SearchDoc>>> all = sources.stream().map(SearchSource::docs).toList();
    return Future.all(all).map(done -> {
      List<SearchDoc> docs = new ArrayList<>();
      all.forEach(f -> docs.addAll(f.result()));
      return docs;
    });
  }
}
