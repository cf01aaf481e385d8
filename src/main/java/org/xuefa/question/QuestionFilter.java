package org.xuefa.question;

import java.util.Locale;
import java.util.Optional;

/** What a trainer narrows the bank to: a tag, a type, a status and words in the stem (each optional). */
public record QuestionFilter(String tag, QuestionType type, String status, String text) {

  public static final QuestionFilter ALL = new QuestionFilter("", null, "", "");

  public QuestionFilter {
    tag = tag == null ? "" : tag.strip();
    status = status == null ? "" : status.strip();
    text = text == null ? "" : text.strip();
  }

  /** The status code for what a person typed or picked (active, 在用, review, 待复核 …), or empty for any. */
  public static Optional<String> status(String raw) {
    String s = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "" , "all", "全部" -> Optional.of("");
      case "active", "在用", "启用" -> Optional.of(Question.ACTIVE);
      case "review", "待复核", "复核" -> Optional.of(Question.REVIEW);
      case "retired", "停用", "已停用" -> Optional.of(Question.RETIRED);
      default -> Optional.empty();
    };
  }

  /** Whether the question's words contain the searched text (stem, options, explanation, id, sources). */
  boolean matchesText(Question q) {
    if (text.isEmpty()) {
      return true;
    }
    String needle = text.toLowerCase(Locale.ROOT);
    return q.id().toLowerCase(Locale.ROOT).contains(needle) || q.stem().contains(text)
        || q.explanation().contains(text)
        || q.options().stream().anyMatch(o -> o.text().contains(text))
        || q.sources().stream().anyMatch(s -> s.title().contains(text) || s.ref().contains(needle));
  }
}
