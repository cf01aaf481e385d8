package org.xuefa.account;

import io.vertx.core.json.JsonObject;

/** An account as stored, minus the password hash, which never leaves the repository's callers. */
public record User(String username, String name, Role role, String unit, boolean disabled, boolean sample,
    long createdAt) {

  static User fromDocument(JsonObject doc) {
    return new User(
        doc.getString("_id"),
        doc.getString("name", doc.getString("_id")),
        Role.parse(doc.getString("role")).orElse(Role.LEARNER),
        doc.getString("unit", ""),
        doc.getBoolean("disabled", false),
        doc.getBoolean("sample", false),
        doc.getLong("createdAt", 0L));
  }

  /** The public view: what an admin page or API shows. */
  public JsonObject toJson() {
    return new JsonObject()
        .put("username", username)
        .put("name", name)
        .put("role", role.code())
        .put("unit", unit)
        .put("disabled", disabled)
        .put("sample", sample);
  }
}
