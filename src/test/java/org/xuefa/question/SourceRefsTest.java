package org.xuefa.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xuefa.law.KnownStatutes;

class SourceRefsTest {

  private final SourceRefs refs = SourceRefs.standard();

  private Question.Source one(String text) {
    List<Question.Source> s = refs.parse(text);
    assertEquals(1, s.size(), text);
    return s.get(0);
  }

  @Test
  void everyFormTrainersTypeMeansTheSameArticle() {
    for (String form : List.of("law:civil-code:496", "《中华人民共和国民法典》第四百九十六条", "《民法典》第496条",
        "民法典第四百九十六条", " 民法典 第 496 条 ", "《民法典》第４９６条", "民法典第四百九十六条第一款", "LAW:civil-code:496")) {
      Question.Source s = one(form);
      assertEquals("law:civil-code:496", s.ref(), form);
      assertEquals("《民法典》第四百九十六条", s.title(), form);
      assertEquals("/laws/civil-code/496", s.url(), form);
    }
    assertEquals("law:constitution:27", one("宪法第27条").ref());
    assertEquals("law:public-official-sanctions-law:7", one("《政务处分法》第七条").ref());
    assertEquals("law:major-administrative-decision-regulation:3", one("《重大行政决策程序暂行条例》第三条").ref());
    assertEquals("law:administrative-penalty-law:9", one("《行政处罚法》（2021年修订）第九条").ref());
  }

  @Test
  void reportParagraphsInMachineAndHumanForm() {
    for (String form : List.of("report:2-2-1", "报告 2-2-1", "工作报告 ¶2-2-1", "报告２－２－１")) {
      Question.Source s = one(form);
      assertEquals("report:2-2-1", s.ref(), form);
      assertEquals("工作报告 ¶2-2-1", s.title());
      assertEquals("/report?p=2-2-1#p2-2-1", s.url());
    }
  }

  @Test
  void severalRefsSplitOnEitherSemicolonAndDuplicatesCollapse() {
    List<Question.Source> s = refs.parse("law:civil-code:496；宪法第27条;报告 0-0-1; 《民法典》第496条");
    assertEquals(List.of("law:civil-code:496", "law:constitution:27", "report:0-0-1"),
        s.stream().map(Question.Source::ref).toList());
  }

  @Test
  void unknownLawsMalformedRefsAndMissingArticlesAreRefusedWithTheReason() {
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse("《刑法》第20条")).getMessage().contains("不认识的法律名称"));
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse("law:criminal-law:20")).getMessage().contains("criminal-law"));
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse("民法典496")).getMessage().contains("无法识别"));
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse("《民法典》第1261条")).getMessage().contains("1260"));
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse("report:9-9-9")).getMessage().contains("9-9-9"));
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse(" ；; ")).getMessage().contains("缺少出处"));
    assertTrue(assertThrows(InvalidQuestion.class, () -> refs.parse("law:civil-code:")).getMessage().contains("无法识别"));
  }

  @Test
  void everyStatuteOfTheTableIsFoundByItsShortAndFullName() {
    for (KnownStatutes.Statute law : KnownStatutes.all()) {
      assertEquals(law.slug(), KnownStatutes.byName(law.shortName()).orElseThrow().slug());
      assertEquals(law.slug(), KnownStatutes.byName("《" + law.fullName() + "》").orElseThrow().slug());
      assertEquals("law:" + law.slug() + ":1", one(law.shortName() + "第一条").ref());
    }
    assertEquals(11, KnownStatutes.all().size());
  }
}
