package org.xuefa.exam;

import io.vertx.core.Future;
import java.util.List;

/**
 * Hook for per-question statistics, called once for every question of an attempt when it closes,
 * with the choice in the bank's own option letters. {@code org.xuefa.question.QuestionStats} plugs in here.
 */
public interface AnswerRecorder {

  AnswerRecorder NONE = (questionId, correct, choice) -> Future.succeededFuture();

  Future<Void> record(String questionId, boolean correct, List<String> choice);
}
