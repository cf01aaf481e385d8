package org.xuefa.exam;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.xuefa.question.QuestionType;
import org.xuefa.web.HttpFailure;

/** Checks a choice against the question it answers (on the paper, keys among its options, count by type). */
final class AnswerCheck {

  private AnswerCheck() {}

  /** The choice sorted (A before C), or a 404/400 saying what is wrong; an empty choice clears the answer. */
  static List<String> normalize(PaperCache.Entry paper, String questionId, List<String> choice) {
    QuestionType type = paper.types().get(questionId);
    if (type == null) {
      throw HttpFailure.notFound("试卷中没有这道题：" + questionId);
    }
    return normalize(type, paper.keys().get(questionId), choice);
  }

  static List<String> normalize(QuestionType type, String keys, List<String> choice) {
    Set<String> seen = new HashSet<>();
    for (String c : choice) {
      if (c.length() != 1 || !keys.contains(c)) {
        throw HttpFailure.badRequest("选项“" + c + "”不在本题的选项（" + String.join("、", keys.split("")) + "）中");
      }
      if (!seen.add(c)) {
        throw HttpFailure.badRequest("选项“" + c + "”重复");
      }
    }
    if (type != QuestionType.MULTIPLE && choice.size() > 1) {
      throw HttpFailure.badRequest(type.label() + "题只能选一个选项");
    }
    return choice.stream().sorted().toList();
  }
}
