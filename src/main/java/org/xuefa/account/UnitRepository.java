package org.xuefa.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.util.List;

/** Units (乡镇/街道, 市直部门, 开发区 …) as data, keyed by their name. */
public final class UnitRepository {

  static final String COLLECTION = "units";

  private final MongoClient mongo;

  public UnitRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Creates the unit if it is new; an existing unit keeps its kind and flags. */
  public Future<Void> ensure(Unit unit) {
    JsonObject insert = new JsonObject().put("kind", unit.kind()).put("sample", unit.sample()).put("order", unit.order());
    return mongo.updateCollectionWithOptions(COLLECTION, new JsonObject().put("_id", unit.name()),
            new JsonObject().put("$setOnInsert", insert), new UpdateOptions().setUpsert(true))
        .mapEmpty();
  }

  public Future<List<Unit>> list() {
    return mongo.findWithOptions(COLLECTION, new JsonObject(),
            new FindOptions().setSort(new JsonObject().put("order", 1).put("_id", 1)))
        .map(docs -> docs.stream().map(Unit::fromDocument).toList());
  }

  public Future<Long> count() {
    return mongo.count(COLLECTION, new JsonObject());
  }
}
