package org.xuefa.account;

import io.vertx.core.json.JsonObject;

/** The person behind a request's session cookie, as the session recorded them at login. */
public record SessionUser(String sessionKey, String username, String name, Role role, String unit, String csrfToken,
    long expiresAt) {

  static SessionUser fromDocument(JsonObject doc) {
    return new SessionUser(doc.getString("_id"), doc.getString("username"), doc.getString("name"),
        Role.parse(doc.getString("role")).orElse(Role.LEARNER), doc.getString("unit", ""), doc.getString("csrf"),
        doc.getLong("expiresAt", 0L));
  }

  JsonObject toDocument(long createdAt) {
    return new JsonObject().put("_id", sessionKey).put("username", username).put("name", name)
        .put("role", role.code()).put("unit", unit).put("csrf", csrfToken)
        .put("createdAt", createdAt).put("expiresAt", expiresAt);
  }

  public boolean has(Role needed) {
    return role.atLeast(needed);
  }

  /** What POST /api/session answers. */
  public JsonObject toLoginJson() {
    return new JsonObject().put("username", username).put("name", name).put("role", role.code())
        .put("unit", unit).put("csrfToken", csrfToken);
  }
}
