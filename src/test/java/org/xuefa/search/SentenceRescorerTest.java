package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The best-sentence factor: what a sentence holds, under which title, and what it states. */
class SentenceRescorerTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer(TableScriptFolder.bundled());
  private static final QueryPlanner PLANNER = new QueryPlanner(new ChineseAnalyzers(NORMALIZER),
      QueryVocabulary.load(NORMALIZER), NORMALIZER);

  private static float factor(String query, String text, String title, String headings) {
    return new SentenceRescorer(PLANNER.plan(query)).factor(RescorePassage.of(NORMALIZER.normalize(text),
        NORMALIZER.normalize(title), NORMALIZER.normalize(headings), 1f));
  }

  @Test
  void aSentenceReadsUnderItsTitle() {
    float titled = factor("国家赔偿怎么申请", "要求赔偿应当递交申请书。", "《国家赔偿法》第十二条", "");
    float untitled = factor("国家赔偿怎么申请", "要求赔偿应当递交申请书。", "《行政复议法》第十二条", "");
    assertTrue(titled > untitled, titled + " vs " + untitled);
  }

  @Test
  void aConceptNamedOnlyInACitationCountsLess() {
    float cites = factor("国家赔偿怎么申请", "依照《中华人民共和国国家赔偿法》的有关规定，应当向复议机关提出申请。", "", "");
    float says = factor("国家赔偿怎么申请", "请求国家赔偿的，应当向赔偿义务机关提出申请。", "", "");
    assertTrue(says > cites, says + " vs " + cites);
  }

  @Test
  void theSentenceStatingThePeriodAnswersHowLong() {
    float states = factor("查封扣押期限多久", "查封、扣押的期限不得超过三十日。", "", "");
    float names = factor("查封扣押期限多久", "(四)查封、扣押期限已经届满。", "", "");
    assertTrue(states > names, states + " vs " + names);
  }

  @Test
  void theDefiningSentenceWinsWhenTheQueryAsksWhatItIs() {
    String defines = "行政执法三项制度是规范执法的三根支柱。";
    String reports = "全市严格推行行政执法三项制度，27个单位建立了法制审核机构。";
    assertTrue(factor("行政执法三项制度是什么", defines, "", "") > factor("行政执法三项制度是什么", reports, "", ""));
  }

  @Test
  void listItemsAreReadWithTheClauseThatIntroducesThem() {
    List<String> sentences = RescorePassage.sentences("政务处分的期间为:\n(一)警告,六个月;\n(二)记过,十二个月;");
    assertEquals(List.of("政务处分的期间为:", "政务处分的期间为:(一)警告,六个月", "政务处分的期间为:(二)记过,十二个月"),
        sentences);
  }

  @Test
  void aPassageWithoutConceptsOrTextIsNeutral() {
    assertEquals(1f, factor("宪法", "", "", ""));
    assertEquals(1f, new SentenceRescorer(PLANNER.plan("")).factor("任何文字"));
  }
}
