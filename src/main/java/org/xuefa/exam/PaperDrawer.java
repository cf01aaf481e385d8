package org.xuefa.exam;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;
import org.xuefa.web.HttpFailure;

/**
 * Draws one attempt's paper at random within an exam's sections and shuffles each question's options.
 * Sections with the fewest candidates draw first, so overlapping sections don't starve each other.
 * The paper lists sections in the exam's order, and within a section 单选, 多选, 判断.
 */
public final class PaperDrawer {

  private final Random random;

  public PaperDrawer(Random random) {
    this.random = random;
  }

  public List<PaperQuestion> draw(Exam exam, List<Question> active) {
    List<List<Question>> drawn = drawQuestions(exam.sections(), active);
    List<PaperQuestion> paper = new ArrayList<>();
    for (int s = 0; s < exam.sections().size(); s++) {
      ExamSection section = exam.sections().get(s);
      List<Question> part = new ArrayList<>(drawn.get(s));
      part.sort(Comparator.comparingInt(q -> q.type().ordinal()));
      for (Question q : part) {
        paper.add(PaperQuestion.shown(q, optionOrder(q), exam.pointsFor(section, q.type())));
      }
    }
    return paper;
  }

  /** Null when the bank can fill the sections, else a message saying how many questions there are. */
  public static String shortage(List<ExamSection> sections, List<Question> active) {
    for (ExamSection s : sections) {
      long available = active.stream().filter(s::matches).count();
      if (available < s.count()) {
        return "题库中符合规则（" + s.describe() + "）的有效题目只有 " + available + " 道，少于所需的 " + s.count() + " 道";
      }
    }
    try {
      new PaperDrawer(new Random(1)).drawQuestions(sections, active);
      return null;
    } catch (HttpFailure e) {
      return e.getMessage();
    }
  }

  private List<List<Question>> drawQuestions(List<ExamSection> sections, List<Question> active) {
    List<List<Question>> drawn = new ArrayList<>(Collections.nCopies(sections.size(), List.of()));
    Set<String> used = new HashSet<>();
    List<Integer> order = IntStream.range(0, sections.size()).boxed()
        .sorted(Comparator.comparingLong(i -> active.stream().filter(sections.get(i)::matches).count())).toList();
    for (int i : order) {
      ExamSection section = sections.get(i);
      List<Question> pool = new ArrayList<>(active.stream()
          .filter(q -> section.matches(q) && !used.contains(q.id())).toList());
      if (pool.size() < section.count()) {
        throw HttpFailure.conflict("题库中符合规则（" + section.describe() + "）且未被其他部分选用的有效题目只有 "
            + pool.size() + " 道，少于所需的 " + section.count() + " 道");
      }
      Collections.shuffle(pool, random);
      List<Question> picked = pool.subList(0, section.count());
      picked.forEach(q -> used.add(q.id()));
      drawn.set(i, List.copyOf(picked));
    }
    return drawn;
  }

  /** One question with its options shuffled, worth {@code points} (practice papers use this too). */
  public PaperQuestion shuffled(Question q, int points) {
    return PaperQuestion.shown(q, optionOrder(q), points);
  }

  /** 判断 keeps 正确/错误 in place (shuffling them only confuses); other types are shuffled. */
  private List<Integer> optionOrder(Question q) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, q.options().size()).boxed().toList());
    if (q.type() != QuestionType.JUDGE) {
      Collections.shuffle(order, random);
    }
    return order;
  }
}
