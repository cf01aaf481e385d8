package org.xuefa.law;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Long work a person started and watches on a page (an import): how far it is and how it ended.
 *
 * @param id        random key, also the page address {@code /admin/jobs/{id}}
 * @param kind      what it does, e.g. {@code import-law}
 * @param status    queued, running, done or failed
 * @param done      steps finished
 * @param total     steps in all
 * @param message   the latest news, for people
 * @param result    one line per thing done (a law imported)
 * @param errors    one line per problem, "文件名：第 N 行：原因"
 * @param owner     the username who started it
 * @param createdAt epoch milliseconds
 * @param updatedAt epoch milliseconds of the latest news
 */
public record Job(String id, String kind, String status, int done, int total, String message,
                  List<String> result, List<String> errors, String owner, long createdAt, long updatedAt) {

  public static final String QUEUED = "queued";
  public static final String RUNNING = "running";
  public static final String DONE = "done";
  public static final String FAILED = "failed";

  public Job {
    result = List.copyOf(result);
    errors = List.copyOf(errors);
  }

  public boolean finished() {
    return DONE.equals(status) || FAILED.equals(status);
  }

  static Job fromDocument(JsonObject doc) {
    return new Job(doc.getString("_id"), doc.getString("kind", ""), doc.getString("status", QUEUED),
        doc.getInteger("done", 0), doc.getInteger("total", 0), doc.getString("message", ""),
        strings(doc.getJsonArray("result")), strings(doc.getJsonArray("errors")), doc.getString("owner", ""),
        doc.getLong("createdAt", 0L), doc.getLong("updatedAt", 0L));
  }

  /** What {@code GET /api/jobs/{id}} answers. */
  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("kind", kind).put("status", status).put("done", done)
        .put("total", total).put("message", message).put("result", new JsonArray(result))
        .put("errors", new JsonArray(errors)).put("owner", owner)
        .put("createdAt", Instant.ofEpochMilli(createdAt).toString())
        .put("updatedAt", Instant.ofEpochMilli(updatedAt).toString());
  }

  private static List<String> strings(JsonArray a) {
    List<String> out = new ArrayList<>();
    if (a != null) {
      a.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }
}
