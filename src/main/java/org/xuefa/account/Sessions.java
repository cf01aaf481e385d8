package org.xuefa.account;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.mongo.MongoClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Login sessions kept in the store, so any node can serve any request without sticky routing. Each
 * node caches a looked-up session for a few seconds: a logout or a disabled account takes effect on
 * the other nodes within that time.
 */
public final class Sessions {

  static final String COLLECTION = "sessions";
  public static final Duration LIFETIME = Duration.ofHours(12);
  static final long CACHE_MILLIS = 5_000;
  private static final int CACHE_LIMIT = 50_000;

  private record Cached(SessionUser user, long loadedAt) {}

  private final MongoClient mongo;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public Sessions(MongoClient mongo) {
    this.mongo = mongo;
  }

  /** A new session with a new id and CSRF token; returns the cookie value and the session. */
  public Future<Map.Entry<String, SessionUser>> create(User user, long now) {
    String token = Tokens.random(32);
    SessionUser session = new SessionUser(Tokens.storageKey(token), user.username(), user.name(), user.role(),
        user.unit(), Tokens.random(24), now + LIFETIME.toMillis());
    return mongo.insert(COLLECTION, session.toDocument(now)).map(id -> Map.entry(token, session));
  }

  public Future<Optional<SessionUser>> lookup(String token, long now) {
    String key = Tokens.storageKey(token);
    Cached c = cache.get(key);
    if (c != null && now - c.loadedAt < CACHE_MILLIS) {
      return Future.succeededFuture(Optional.of(c.user).filter(u -> u.expiresAt() > now));
    }
    return mongo.findOne(COLLECTION, new JsonObject().put("_id", key), null).map(doc -> {
      if (doc == null) {
        cache.remove(key);
        return Optional.<SessionUser>empty();
      }
      SessionUser u = SessionUser.fromDocument(doc);
      if (cache.size() > CACHE_LIMIT) {
        cache.clear();
      }
      cache.put(key, new Cached(u, now));
      return Optional.of(u).filter(s -> s.expiresAt() > now);
    });
  }

  public Future<Void> end(SessionUser session) {
    cache.remove(session.sessionKey());
    return mongo.removeDocument(COLLECTION, new JsonObject().put("_id", session.sessionKey())).mapEmpty();
  }

  /** Ends every session of the person (account disabled or password reset). */
  public Future<Void> endAllFor(String username) {
    cache.values().removeIf(c -> c.user.username().equals(username));
    return mongo.removeDocuments(COLLECTION, new JsonObject().put("username", username)).mapEmpty();
  }

  /** Removes expired sessions; the embedded store has no TTL index, so this runs on a timer. */
  public Future<Long> sweep(long now) {
    cache.values().removeIf(c -> c.user.expiresAt() <= now);
    return mongo.removeDocuments(COLLECTION, new JsonObject().put("expiresAt", new JsonObject().put("$lte", now)))
        .map(r -> r.getRemovedCount());
  }
}
