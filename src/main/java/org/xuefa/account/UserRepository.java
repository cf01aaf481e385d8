package org.xuefa.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.FindOptions;
import io.vertx.ext.mongo.MongoClient;
import java.util.List;
import java.util.Optional;
import org.xuefa.store.StoreErrors;
import org.xuefa.web.HttpFailure;

/** The users collection: one document per account, keyed by the lower-case username. */
public final class UserRepository {

  static final String COLLECTION = "users";

  private final MongoClient mongo;

  public UserRepository(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Inserts the account; a taken username is a 409. */
  public Future<Void> insert(NewUser user, String passwordHash, long now) {
    JsonObject doc = new JsonObject()
        .put("_id", user.username())
        .put("name", user.name())
        .put("role", user.role().code())
        .put("unit", user.unit())
        .put("passwordHash", passwordHash)
        .put("disabled", false)
        .put("sample", user.sample())
        .put("createdAt", now);
    return mongo.insert(COLLECTION, doc)
        .recover(e -> Future.failedFuture(StoreErrors.isDuplicateKey(e)
            ? HttpFailure.conflict("用户名“" + user.username() + "”已被使用")
            : e))
        .mapEmpty();
  }

  public Future<Optional<User>> find(String username) {
    return findDocument(username).map(d -> d.map(User::fromDocument));
  }

  /** The user and its password hash, for login only. */
  Future<Optional<JsonObject>> findDocument(String username) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", username), null).map(Optional::ofNullable);
  }

  public Future<List<User>> list(int limit, int offset) {
    FindOptions options = new FindOptions().setSort(new JsonObject().put("_id", 1)).setLimit(limit).setSkip(offset)
        .setFields(new JsonObject().put("passwordHash", 0));
    return mongo.findWithOptions(COLLECTION, new JsonObject(), options)
        .map(docs -> docs.stream().map(User::fromDocument).toList());
  }

  public Future<Long> count() {
    return mongo.count(COLLECTION, new JsonObject());
  }

  public Future<Boolean> setDisabled(String username, boolean disabled) {
    return update(username, new JsonObject().put("disabled", disabled));
  }

  public Future<Boolean> setPasswordHash(String username, String hash) {
    return update(username, new JsonObject().put("passwordHash", hash));
  }

  public Future<Void> delete(String username) {
    return mongo.removeDocument(COLLECTION, new JsonObject().put("_id", username)).mapEmpty();
  }

  private Future<Boolean> update(String username, JsonObject set) {
    return mongo.updateCollection(COLLECTION, new JsonObject().put("_id", username), new JsonObject().put("$set", set))
        .map(r -> r.getDocMatched() > 0);
  }
}
