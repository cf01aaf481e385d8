package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xuefa.search.QueryPlan.Source;
import org.xuefa.search.QueryPlan.Unit;

class QueryPlannerTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer(TableScriptFolder.bundled());
  private static final ChineseAnalyzers ANALYZERS = new ChineseAnalyzers(NORMALIZER);
  private static final QueryPlanner PLANNER =
      new QueryPlanner(ANALYZERS, QueryVocabulary.load(NORMALIZER), NORMALIZER);

  private static Map<String, Unit> units(String q) {
    return PLANNER.plan(q).units().stream().collect(Collectors.toMap(Unit::text, u -> u));
  }

  @Test
  void dropsQuestionWordsButKeepsWhatIsAsked() {
    Map<String, Unit> u = units("宪法宣誓誓词是什么");
    assertEquals(Source.TYPED, u.get("宪法宣誓誓词").source());
    assertTrue(u.keySet().stream().noneMatch(t -> t.contains("什么")), u.keySet().toString());
  }

  @Test
  void keepsAQueryMadeOnlyOfQuestionWords() {
    assertEquals("什么", units("什么").get("什么").text());
  }

  @Test
  void mapsColloquialNamesToStatutoryTermsAtFullWeight() {
    Map<String, Unit> u = units("霸王条款");
    assertEquals(1f, u.get("格式条款").weight());
    assertEquals(Source.COLLOQUIAL, u.get("格式条款").source());
    assertEquals(QueryPlanner.COLLOQUIAL_NAME_WEIGHT, u.get("霸王条款").weight());
    assertFalse(u.values().stream().anyMatch(x -> x.source() == Source.TYPED));
  }

  @Test
  void longestColloquialNameWins() {
    Map<String, Unit> u = units("离婚冷静期");
    assertTrue(u.containsKey("离婚登记申请"));
    assertFalse(u.containsKey("冷静期"));
  }

  @Test
  void addsSynonymsAtLowerWeight() {
    Map<String, Unit> u = units("执法证");
    assertEquals(1f, u.get("执法证").weight());
    assertEquals(QueryPlanner.SYNONYM_WEIGHT, u.get("行政执法证件").weight());
    assertEquals(Source.SYNONYM, u.get("行政执法证件").source());
  }

  @Test
  void addsIntentWordsForFeeQuestions() {
    Map<String, Unit> u = units("行政复议收费吗");
    assertEquals(Source.TYPED, u.get("行政复议收费").source());
    assertEquals(QueryPlanner.INTENT_WEIGHT, u.get("收取").weight());
    assertEquals(QueryPlanner.INTENT_WEIGHT, u.get("费用").weight());
  }

  @Test
  void foldsTraditionalQueriesBeforeMatchingLists() {
    assertTrue(units("霸王條款").containsKey("格式条款"));
    assertTrue(units("行政複議收費嗎").containsKey("费用"));
  }

  @Test
  void detectsQuestionsThatAskForANumber() {
    assertTrue(PLANNER.plan("法制审核人员多少").asksForCount());
    assertFalse(PLANNER.plan("法制审核").asksForCount());
  }

  @Test
  void sanitizeCapsLengthAndDropsControlCharacters() {
    assertEquals(QueryPlanner.MAX_QUERY_CHARS, QueryPlanner.sanitize("法".repeat(10_000)).length());
    assertEquals("a b", QueryPlanner.sanitize("a\u0000\n\tb"));
    assertEquals("", QueryPlanner.sanitize(null));
    assertTrue(PLANNER.plan("   \t ").isEmpty());
  }

  private static java.util.List<String> conceptNames(String q) {
    return PLANNER.plan(q).concepts().stream().map(QueryPlan.Concept::name).toList();
  }

  @Test
  void keepsTermsTheListsKnowAsOneConcept() {
    assertEquals(java.util.List.of("民法典", "清理"), conceptNames("民法典清理"));
    assertEquals(java.util.List.of("一窗受理"), conceptNames("一窗受理"));
    assertEquals(java.util.List.of("法制审核", "人员"), conceptNames("法制审核人员"));
  }
}
