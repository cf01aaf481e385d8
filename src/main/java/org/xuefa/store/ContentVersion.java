package org.xuefa.store;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;

/**
 * A counter in the {@code meta} collection ({@code _id: "content-version"}, field {@code value}) that
 * every content import raises, so that each node, and a CLI import without any node running, can tell
 * a search index built before the change from one built after it.
 */
public final class ContentVersion {

  static final String COLLECTION = "meta";
  public static final String ID = "content-version";

  private final MongoClient mongo;

  public ContentVersion(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Raises the counter and returns its new value. */
  public Future<Long> bump() {
    JsonObject update = new JsonObject()
        .put("$inc", new JsonObject().put("value", 1))
        .put("$set", new JsonObject().put("updatedAt", System.currentTimeMillis()));
    return mongo.findOneAndUpdateWithOptions(COLLECTION, new JsonObject().put("_id", ID), update,
            new FindOptions(), new UpdateOptions().setUpsert(true).setReturningNewDocument(true))
        .map(doc -> doc.getLong("value", 0L));
  }

  /** The counter's value, 0 before the first import. */
  public Future<Long> current() {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", ID), null)
        .map(doc -> doc == null ? 0L : doc.getLong("value", 0L));
  }
}
