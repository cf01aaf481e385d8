package org.xuefa.question;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One question of the bank as stored in the {@code questions} collection ({@code _id} = its code,
 * e.g. QA1-001). {@code status} is "active", "review" (a cited article changed: left out of new
 * papers until a trainer clears it) or "retired". The key and explanation never go to a learner
 * before their attempt is closed: use {@link #toLearnerJson()} for anything a learner sees.
 */
public record Question(
    String id,
    QuestionType type,
    String stem,
    List<Option> options,
    List<String> answer,
    String explanation,
    List<Source> sources,
    List<String> tags,
    String difficulty,
    String status,
    String reviewReason,
    long version) {

  /** An option: key A…F and its text. Judge questions have A 正确 and B 错误. */
  public record Option(String key, String text) {
    public JsonObject toJson() {
      return new JsonObject().put("key", key).put("text", text);
    }
  }

  /** Where a question comes from: a ref (report:2-2-1 or law:civil-code:496), a readable title and a page URL. */
  public record Source(String ref, String title, String url) {
    public JsonObject toJson() {
      return new JsonObject().put("ref", ref).put("title", title).put("url", url);
    }
  }

  public static final String ACTIVE = "active";
  public static final String REVIEW = "review";
  public static final String RETIRED = "retired";

  public boolean active() {
    return ACTIVE.equals(status);
  }

  public static Question fromDocument(JsonObject d) {
    List<Option> options = d.getJsonArray("options", new JsonArray()).stream()
        .map(o -> (JsonObject) o).map(o -> new Option(o.getString("key"), o.getString("text"))).toList();
    List<Source> sources = d.getJsonArray("sources", new JsonArray()).stream()
        .map(o -> (JsonObject) o).map(o -> new Source(o.getString("ref"), o.getString("title"), o.getString("url")))
        .toList();
    return new Question(d.getString("_id"), QuestionType.parse(d.getString("type")).orElse(QuestionType.SINGLE),
        d.getString("stem"), options, strings(d.getJsonArray("answer")), d.getString("explanation", ""), sources,
        strings(d.getJsonArray("tags")), d.getString("difficulty", "中"), d.getString("status", ACTIVE),
        d.getString("reviewReason"), d.getLong("version", 1L));
  }

  public JsonObject toDocument() {
    return new JsonObject().put("_id", id).put("type", type.code()).put("stem", stem)
        .put("options", new JsonArray(options.stream().map(Option::toJson).toList()))
        .put("answer", new JsonArray(answer)).put("explanation", explanation)
        .put("sources", new JsonArray(sources.stream().map(Source::toJson).toList()))
        .put("tags", new JsonArray(tags)).put("difficulty", difficulty).put("status", status)
        .put("reviewReason", reviewReason).put("version", version);
  }

  /** The trainer's view (GET /api/questions): everything, key included. */
  public JsonObject toTrainerJson() {
    JsonObject source = sources.isEmpty() ? null : sources.get(0).toJson();
    return new JsonObject().put("id", id).put("type", type.code()).put("stem", stem)
        .put("options", new JsonArray(options.stream().map(Option::toJson).toList()))
        .put("answer", new JsonArray(answer)).put("explanation", explanation).put("source", source)
        .put("sources", new JsonArray(sources.stream().map(Source::toJson).toList()))
        .put("tags", new JsonArray(tags)).put("difficulty", difficulty).put("status", status)
        .put("reviewReason", reviewReason);
  }

  /** What a learner may see while answering: no key, no explanation, no source (it would give the answer away). */
  public JsonObject toLearnerJson() {
    return new JsonObject().put("id", id).put("type", type.code()).put("stem", stem)
        .put("options", new JsonArray(options.stream().map(Option::toJson).toList()));
  }

  private static List<String> strings(JsonArray a) {
    return a == null ? List.of() : a.stream().map(String::valueOf).toList();
  }
}
