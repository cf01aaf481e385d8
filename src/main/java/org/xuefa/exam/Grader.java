package org.xuefa.exam;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuefa.question.QuestionType;

/** Grades a paper against the saved answers: a pure function, so every node grades alike. */
public final class Grader {

  private Grader() {}

  /** Points earned on one question under the exam's multiple-choice rule. */
  public static double earned(PaperQuestion q, List<String> choice, String rule) {
    if (choice == null || choice.isEmpty()) {
      return 0;
    }
    Set<String> chosen = new HashSet<>(choice);
    Set<String> key = new HashSet<>(q.answer());
    if (chosen.equals(key)) {
      return q.points();
    }
    if (q.type() == QuestionType.MULTIPLE && Exam.PARTIAL.equals(rule) && key.containsAll(chosen)) {
      return q.points() / 2.0;
    }
    return 0;
  }

  public static boolean correct(PaperQuestion q, List<String> choice) {
    return choice != null && !choice.isEmpty() && new HashSet<>(choice).equals(new HashSet<>(q.answer()));
  }

  public static Result grade(List<PaperQuestion> paper, Map<String, List<String>> answers, String rule, int passScore) {
    double score = 0;
    double max = 0;
    int correct = 0;
    Map<String, Double> earned = new LinkedHashMap<>();
    for (PaperQuestion q : paper) {
      List<String> choice = answers.get(q.id());
      double e = earned(q, choice, rule);
      earned.put(q.id(), e);
      score += e;
      max += q.points();
      if (correct(q, choice)) {
        correct++;
      }
    }
    double percent = max == 0 ? 0 : Math.round(score * 1000.0 / max) / 10.0;
    boolean passed = percent >= passScore;
    return new Result(score, max, percent, passed, band(percent, passed), correct, paper.size(), earned);
  }

  /** DOMAIN bands: ≥90 优秀, 80–89 良好, a pass below that 合格, a fail 不合格. */
  static String band(double percent, boolean passed) {
    if (!passed) {
      return "不合格";
    }
    return percent >= 90 ? "优秀" : percent >= 80 ? "良好" : "合格";
  }
}
