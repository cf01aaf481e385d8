package org.xuefa.meeting;

import io.vertx.core.json.JsonObject;

/**
 * One session of pre-meeting law study (会前学法) on an executive meeting's agenda: when, which body,
 * what law, which unit presents, and — once held — how many attended and studied the material.
 * {@code sample} marks demo records that are not the city's.
 */
public record Meeting(String id, String date, String body, String topic, String lawRef, String presenter,
    boolean held, int attendees, int studied, boolean sample) {

  public int year() {
    return Integer.parseInt(date.substring(0, 4));
  }

  static Meeting fromDocument(JsonObject d) {
    return new Meeting(d.getString("_id"), d.getString("date"), d.getString("body"), d.getString("topic"),
        d.getString("lawRef", ""), d.getString("presenter"), d.getBoolean("held", false),
        d.getInteger("attendees", 0), d.getInteger("studied", 0), d.getBoolean("sample", false));
  }

  JsonObject toDocument() {
    return new JsonObject().put("_id", id).put("year", year()).put("date", date).put("body", body)
        .put("topic", topic).put("lawRef", lawRef).put("presenter", presenter).put("held", held)
        .put("attendees", attendees).put("studied", studied).put("sample", sample);
  }

  /** The element of GET /api/meetings. */
  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("date", date).put("body", body).put("topic", topic)
        .put("presenter", presenter).put("held", held).put("attendees", attendees).put("studied", studied)
        .put("lawRef", lawRef).put("sample", sample);
  }
}
