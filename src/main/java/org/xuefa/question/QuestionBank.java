package org.xuefa.question;

import io.vertx.core.Future;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What exams need of the bank: the questions a new paper may draw from, and questions by id. */
public interface QuestionBank {

  /** Active questions (not under review, not retired); cheap to call per attempt start. */
  Future<List<Question>> active();

  /** The questions with these ids that exist, whatever their status (a running paper keeps its questions). */
  Future<Map<String, Question>> byIds(Collection<String> ids);
}
