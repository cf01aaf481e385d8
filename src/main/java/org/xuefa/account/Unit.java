package org.xuefa.account;

import io.vertx.core.json.JsonObject;

/** A unit people belong to; {@code sample} marks demo units that are not the city's. */
public record Unit(String name, String kind, boolean sample, int order) {

  public static final String KIND_UNSORTED = "未分类";

  static Unit fromDocument(JsonObject doc) {
    return new Unit(doc.getString("_id"), doc.getString("kind", KIND_UNSORTED), doc.getBoolean("sample", false),
        doc.getInteger("order", 1000));
  }

  public static Unit named(String name) {
    return new Unit(name, KIND_UNSORTED, false, 1000);
  }

  public JsonObject toJson() {
    return new JsonObject().put("name", name).put("kind", kind).put("sample", sample);
  }
}
