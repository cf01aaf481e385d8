package org.xuefa.exam;

import io.vertx.core.Future;
import java.util.List;

/**
 * Hook for per-question statistics, called for every question of an attempt when it closes, with the
 * choice in the bank's own option letters. {@code org.xuefa.question.QuestionStats#record} plugs in here.
 */
public interface AnswerRecorder {

  AnswerRecorder NONE = (questionId, correct, choice) -> Future.succeededFuture();

  /** One graded answer. */
  record Graded(String questionId, boolean correct, List<String> choice) {}

  Future<Void> record(String questionId, boolean correct, List<String> choice);

  /**
   * A whole paper's answers. One at a time by default (a wave of closings must not flood the store);
   * a statistics store that can write them in one bulk update should override this.
   */
  default Future<Void> recordAll(List<Graded> answers) {
    Future<Void> chain = Future.succeededFuture();
    for (Graded g : answers) {
      chain = chain.compose(v -> record(g.questionId(), g.correct(), g.choice()));
    }
    return chain;
  }
}
