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

  private static QueryPlan.Concept concept(String q, String name) {
    return PLANNER.plan(q).concepts().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aQuestionWithAnAnswerTypeIsHeldByASentenceStatingOne() {
    QueryPlan.Concept howLong = concept("行政许可多少天内作出决定", "多少天");
    assertEquals(1f, howLong.credit("应当自受理行政许可申请之日起二十日内作出行政许可决定"));
    assertEquals(0f, howLong.credit("延长期限的理由告知申请人"), "naming a period is not stating one");
    assertEquals(1f, concept("多少岁算成年人", "多少岁").credit("十八周岁以上的自然人为成年人"));
    assertEquals(1f, concept("行政处罚法什么时候施行", "什么时候").credit("本法自2021年7月15日起施行"));
    assertTrue(PLANNER.plan("行政许可多少天内作出决定").units().stream().anyMatch(u -> u.text().equals("日内")));
  }

  @Test
  void colloquialNamesAndSynonymsCountForTheirConcept() {
    QueryPlan.Concept resign = concept("公务员辞职", "辞职");
    assertEquals(1f, resign.credit("公务员辞去公职，应当向任免机关提出书面申请"));
    QueryPlan.Concept compensation = concept("国家赔偿时效", "国家赔偿");
    assertEquals(QueryPlan.Concept.RELATED_CREDIT, compensation.credit("一并提出行政赔偿请求"));
  }

  @Test
  void onlyAQueryNamingOneSubjectLooksForItsDefinition() {
    assertTrue(PLANNER.plan("格式条款").definitions().contains("格式条款是指"));
    assertTrue(PLANNER.plan("霸王条款").definitions().contains("格式条款是指"), "through the colloquial name");
    assertTrue(PLANNER.plan("公务员辞职").definitions().isEmpty(), "公务员 is context there, not the subject");
    assertTrue(PLANNER.plan("行政执法三项制度是什么").asksForDefinition());
    assertFalse(PLANNER.plan("行政执法三项制度").asksForDefinition());
  }

  @Test
  void loneCharactersCountLessAndRunsOfThemStayTogether() {
    assertEquals(java.util.List.of("公务员", "年度", "考核", "等次"), conceptNames("公务员年度考核有几个等次"));
    assertEquals(QueryPlanner.SINGLE_CHARACTER_WEIGHT, concept("男的多大可以结婚", "男").weight());
  }
}
