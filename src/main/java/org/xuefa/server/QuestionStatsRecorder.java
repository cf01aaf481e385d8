package org.xuefa.server;

import io.vertx.core.Future;
import java.util.List;
import org.xuefa.exam.AnswerRecorder;
import org.xuefa.question.QuestionStats;

/** Hands the exam's graded papers to the question statistics whole, so that they go in one bulk write. */
final class QuestionStatsRecorder implements AnswerRecorder {

  private final QuestionStats stats;

  QuestionStatsRecorder(QuestionStats stats) {
    this.stats = stats;
  }

  @Override
  public Future<Void> record(String questionId, boolean correct, List<String> choice) {
    return stats.record(questionId, correct, choice);
  }

  @Override
  public Future<Void> recordAll(List<Graded> answers) {
    return stats.recordAll(answers.stream()
        .map(g -> new QuestionStats.Answer(g.questionId(), g.correct(), g.choice())).toList());
  }
}
