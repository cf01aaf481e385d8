package org.xuefa.question;

import java.util.ArrayList;
import java.util.List;

/**
 * A question as a person wrote it, cell by cell (a file row, a form, a JSON body), before any rule is
 * checked: {@code options} holds the texts of A…F in order, empty where unused; {@code id} may be empty.
 */
public record QuestionDraft(String id, String type, String stem, List<String> options, String answer,
    String explanation, String sources, String tags, String difficulty) {

  public static final String KEYS = "ABCDEF";

  public QuestionDraft {
    List<String> six = new ArrayList<>();
    for (int i = 0; i < KEYS.length(); i++) {
      six.add(options != null && i < options.size() && options.get(i) != null ? options.get(i) : "");
    }
    options = List.copyOf(six);
    id = nonNull(id);
    type = nonNull(type);
    stem = nonNull(stem);
    answer = nonNull(answer);
    explanation = nonNull(explanation);
    sources = nonNull(sources);
    tags = nonNull(tags);
    difficulty = nonNull(difficulty);
  }

  /** The draft of a stored question, for the edit form. */
  public static QuestionDraft of(Question q) {
    List<String> options = new ArrayList<>();
    if (q.type() != QuestionType.JUDGE) {
      q.options().forEach(o -> options.add(o.text()));
    }
    String answer = q.type() == QuestionType.JUDGE
        ? (q.answer().contains("A") ? "正确" : "错误") : String.join("", q.answer());
    return new QuestionDraft(q.id(), q.type().label(), q.stem(), options, answer, q.explanation(),
        String.join("；", q.sources().stream().map(Question.Source::title).toList()), String.join("；", q.tags()),
        q.difficulty());
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
