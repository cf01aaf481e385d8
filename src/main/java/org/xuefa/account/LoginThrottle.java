package org.xuefa.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import io.vertx.ext.mongo.UpdateOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.web.TooManyRequests;

/**
 * Refuses logins (429) after repeated failures for one username or from one address within a
 * window. Kept in the store so that every node counts the same failures.
 */
public final class LoginThrottle {

  static final String COLLECTION = "login_failures";
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final int PER_USER = 5;
  static final int PER_ADDRESS = 30;

  private final MongoClient mongo;

  public LoginThrottle(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** Fails with 429 while either the username or the address has too many recent failures. */
  public Future<Void> check(String username, String address, long now) {
    return recent("u:" + username, now).compose(user -> recent("ip:" + address, now).map(ip -> {
      if (user.size() >= PER_USER) {
        throw blocked(user, now);
      }
      if (ip.size() >= PER_ADDRESS) {
        throw blocked(ip, now);
      }
      return null;
    }));
  }

  public Future<Void> recordFailure(String username, String address, long now) {
    return append("u:" + username, now, PER_USER).compose(v -> append("ip:" + address, now, PER_ADDRESS));
  }

  public Future<Void> reset(String username) {
    return mongo.removeDocument(COLLECTION, new JsonObject().put("_id", "u:" + username)).mapEmpty();
  }

  private TooManyRequests blocked(List<Long> failures, long now) {
    long retry = Math.max(1, (failures.get(0) + WINDOW.toMillis() - now) / 1000);
    return new TooManyRequests("登录失败次数过多，请 " + ((retry + 59) / 60) + " 分钟后再试", retry);
  }

  private Future<List<Long>> recent(String key, long now) {
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", key), null).map(doc -> {
      List<Long> out = new ArrayList<>();
      if (doc != null) {
        for (Object o : doc.getJsonArray("at", new JsonArray())) {
          long t = ((Number) o).longValue();
          if (t > now - WINDOW.toMillis()) {
            out.add(t);
          }
        }
      }
      return out;
    });
  }

  private Future<Void> append(String key, long now, int keep) {
    return recent(key, now).compose(times -> {
      times.add(now);
      List<Long> kept = times.subList(Math.max(0, times.size() - keep), times.size());
      return mongo.updateCollectionWithOptions(COLLECTION, new JsonObject().put("_id", key),
          new JsonObject().put("$set", new JsonObject().put("at", new JsonArray(new ArrayList<>(kept)))),
          new UpdateOptions().setUpsert(true));
    }).mapEmpty();
  }
}
