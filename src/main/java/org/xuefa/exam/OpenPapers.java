package org.xuefa.exam;

import io.vertx.core.Future;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions on a person's exam papers that can still be answered. Practice and the wrong-answer
 * book show keys and explanations; while a paper is open they must not show them for its questions,
 * or a candidate could look up the answers in the middle of the exam.
 */
final class OpenPapers {

  private final ExamRepository exams;
  private final TakerRepository takers;
  private final AttemptRepository attempts;

  OpenPapers(ExamRepository exams, TakerRepository takers, AttemptRepository attempts) {
    this.exams = exams;
    this.takers = takers;
    this.attempts = attempts;
  }

  /**
   * Question ids on the person's attempts in progress whose deadline has not passed (after it no
   * answer changes, so a key no longer helps). By {@code _id} only: one lookup per exam of the unit.
   */
  Future<Set<String>> questionIds(String username, String unit, long now) {
    return exams.all().compose(all -> {
      List<Future<Optional<Taker>>> lookups = all.stream().filter(e -> e.assignedTo(unit))
          .map(e -> takers.find(e.id(), username)).toList();
      return Future.all(lookups).compose(done -> {
        List<Future<Optional<Attempt>>> open = lookups.stream().map(Future::result)
            .flatMap(Optional::stream).filter(t -> t.current() != null)
            .map(t -> attempts.find(t.current())).toList();
        return Future.all(open).map(found -> {
          Set<String> ids = new HashSet<>();
          open.stream().map(Future::result).flatMap(Optional::stream)
              .filter(a -> a.inProgress() && a.username().equals(username) && now < a.deadline())
              .forEach(a -> a.paper().forEach(q -> ids.add(q.id())));
          return ids;
        });
      });
    });
  }

  /** The message when a question on an open paper is asked for in practice. */
  static String onOpenPaper() {
    return "这道题在您正在作答的考试试卷上：交卷（或考试时间结束）后才能练习它、查看答案";
  }
}
