package org.xuefa.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.xuefa.question.Question;
import org.xuefa.question.QuestionType;

/** Grading and drawing as pure functions: the rules, the bands, the shuffled keys. */
class GraderAndDrawerTest {

  static final PaperQuestion MULTI = new PaperQuestion("M", QuestionType.MULTIPLE, "stem",
      List.of(new Question.Option("A", "a"), new Question.Option("B", "b"), new Question.Option("C", "c"),
          new Question.Option("D", "d")), "ABCD", List.of("A", "C", "D"), 2);

  @Test
  void multipleChoiceIsAllOrNothingUnlessThePartialRuleGivesHalfForACleanSubset() {
    assertEquals(2, Grader.earned(MULTI, List.of("A", "C", "D"), Exam.ALL_OR_NOTHING));
    assertEquals(0, Grader.earned(MULTI, List.of("A", "C"), Exam.ALL_OR_NOTHING));
    assertEquals(1, Grader.earned(MULTI, List.of("A", "C"), Exam.PARTIAL));
    assertEquals(0, Grader.earned(MULTI, List.of("A", "B"), Exam.PARTIAL), "a wrong choice earns nothing");
    assertEquals(0, Grader.earned(MULTI, List.of(), Exam.PARTIAL));
    assertEquals(0, Grader.earned(MULTI, List.of("A", "B", "C", "D"), Exam.PARTIAL));
  }

  @Test
  void bandsFollowTheDomainNotesAndAFailIsAlways不合格() {
    assertEquals("优秀", Grader.band(90, true));
    assertEquals("良好", Grader.band(89.9, true));
    assertEquals("良好", Grader.band(80, true));
    assertEquals("合格", Grader.band(60, true));
    assertEquals("不合格", Grader.band(95, false));
    Result r = Grader.grade(List.of(MULTI), Map.of("M", List.of("A", "C")), Exam.PARTIAL, 50);
    assertEquals(50.0, r.percent());
    assertTrue(r.passed());
    assertEquals(1, ((Number) r.toJson().getValue("score")).intValue());
  }

  @Test
  void shuffledOptionsKeepTheKeyPointingAtTheSameText() {
    Question q = new Question("Q", QuestionType.MULTIPLE, "stem", List.of(new Question.Option("A", "甲"),
        new Question.Option("B", "乙"), new Question.Option("C", "丙"), new Question.Option("D", "丁")),
        List.of("B", "D"), "", List.of(), List.of("t"), "中", Question.ACTIVE, null, 1);
    PaperDrawer drawer = new PaperDrawer(new Random(7));
    Set<String> orders = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      PaperQuestion p = drawer.shuffled(q, 2);
      orders.add(p.map());
      Set<String> keyTexts = new HashSet<>();
      for (String k : p.answer()) {
        keyTexts.add(p.options().stream().filter(o -> o.key().equals(k)).findFirst().orElseThrow().text());
      }
      assertEquals(Set.of("乙", "丁"), keyTexts);
      assertEquals(List.of("B", "D"), p.originalKeys(p.answer()));
    }
    assertTrue(orders.size() > 5, "options are really shuffled: " + orders);
  }

  @Test
  void theDrawerSaysHowManyQuestionsThereAreWhenTheBankIsShort() {
    List<Question> bank = ExamFixture.questions().stream().filter(Question::active).toList();
    assertNull(PaperDrawer.shortage(List.of(new ExamSection(List.of("宪法"), QuestionType.SINGLE, 12, null)), bank));
    String message = PaperDrawer.shortage(List.of(new ExamSection(List.of("宪法"), QuestionType.SINGLE, 13, null)), bank);
    assertNotNull(message);
    assertTrue(message.contains("只有 12 道"), message);
    String overlap = PaperDrawer.shortage(List.of(new ExamSection(List.of(), QuestionType.SINGLE, 10, null),
        new ExamSection(List.of("宪法"), QuestionType.SINGLE, 5, null)), bank);
    assertTrue(overlap.contains("未被其他部分选用"), overlap);
  }
}
