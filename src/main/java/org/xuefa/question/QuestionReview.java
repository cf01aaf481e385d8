package org.xuefa.question;

import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuefa.web.Times;

/**
 * Puts questions back in front of a trainer when the law under them moved: after a statute is
 * re-imported, every question citing a changed or removed article goes to "review" with the reason,
 * and stays out of new papers until a trainer clears it.
 */
public final class QuestionReview {

  private final QuestionRepository repository;
  private final Clock clock;

  public QuestionReview(QuestionRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /**
   * Flags every active or already flagged question citing {@code law:slug:N} with N in {@code changed}
   * or {@code removed} (retired questions are left alone); answers how many were flagged.
   */
  public Future<Integer> flagForLawChange(String slug, Set<Integer> changed, Set<Integer> removed) {
    long now = clock.millis();
    String when = Times.minute(now);
    String prefix = "law:" + slug + ":";
    return repository.all().compose(all -> {
      Map<String, String> reasons = new LinkedHashMap<>();
      for (Question q : all) {
        if (Question.RETIRED.equals(q.status())) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (Question.Source s : q.sources()) {
          if (!s.ref().startsWith(prefix)) {
            continue;
          }
          int n = article(s.ref().substring(prefix.length()));
          if (removed.contains(n)) {
            parts.add(s.title() + " 已删除（重新导入于 " + when + "）");
          } else if (changed.contains(n)) {
            parts.add(s.title() + " 已修改（重新导入于 " + when + "）");
          }
        }
        if (!parts.isEmpty()) {
          reasons.put(q.id(), String.join("；", parts));
        }
      }
      return repository.flagAll(reasons, now).map(v -> reasons.size());
    });
  }

  private static int article(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
