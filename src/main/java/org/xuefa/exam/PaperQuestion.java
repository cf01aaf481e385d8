package org.xuefa.exam;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;

/**
 * One question as it stands on one attempt's paper: stem and options as shown (options shuffled),
 * {@code map} the original key of each shown option in shown order ("CADB": shown A is the bank's C),
 * {@code answer} the key in shown letters. A snapshot: later edits of the bank don't change a paper.
 */
public record PaperQuestion(String id, QuestionType type, String stem, List<Question.Option> options, String map,
    List<String> answer, int points) {

  static final String KEYS = "ABCDEF";

  /** The question with its options in the order given by {@code order} (indexes into the bank's options). */
  public static PaperQuestion shown(Question q, List<Integer> order, int points) {
    List<Question.Option> shown = new ArrayList<>();
    StringBuilder map = new StringBuilder();
    List<String> answer = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Question.Option original = q.options().get(order.get(i));
      String key = String.valueOf(KEYS.charAt(i));
      shown.add(new Question.Option(key, original.text()));
      map.append(original.key());
      if (q.answer().contains(original.key())) {
        answer.add(key);
      }
    }
    return new PaperQuestion(q.id(), q.type(), q.stem(), shown, map.toString(), answer, points);
  }

  public boolean hasKey(String key) {
    return options.stream().anyMatch(o -> o.key().equals(key));
  }

  /** The bank's key for a shown key (for statistics on the original options). */
  public String originalKey(String shownKey) {
    int i = KEYS.indexOf(shownKey);
    return i >= 0 && i < map.length() ? String.valueOf(map.charAt(i)) : shownKey;
  }

  public List<String> originalKeys(List<String> shownKeys) {
    return shownKeys.stream().map(this::originalKey).sorted().toList();
  }

  /** What a learner sees while answering: never the key. */
  public JsonObject toLearnerJson() {
    return new JsonObject().put("id", id).put("type", type.code()).put("stem", stem)
        .put("options", new JsonArray(options.stream().map(Question.Option::toJson).toList()))
        .put("points", points);
  }

  public JsonObject toDocument() {
    return toLearnerJson().put("map", map).put("answer", new JsonArray(answer));
  }

  public static PaperQuestion fromDocument(JsonObject d) {
    List<Question.Option> options = d.getJsonArray("options").stream().map(o -> (JsonObject) o)
        .map(o -> new Question.Option(o.getString("key"), o.getString("text"))).toList();
    List<String> answer = d.getJsonArray("answer").stream().map(String::valueOf).toList();
    return new PaperQuestion(d.getString("id"), QuestionType.parse(d.getString("type")).orElse(QuestionType.SINGLE),
        d.getString("stem"), options, d.getString("map"), answer, d.getInteger("points", 1));
  }
}
