package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xuefa.report.ReportParser;

/** Relevance over the 52 report paragraphs: the paragraph that answers must come first. */
class ReportSearchTest {

  private static SearchIndex index;

  @BeforeAll
  static void indexTheReport() throws IOException {
    index = new SearchIndex(new ByteBuffersDirectory());
    index.replaceAll(ReportSearchDocs.of(ReportParser.loadDefault()));
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      // subjects named as the report names them
      "宪法宣誓|1-2-1", "会前学法|8-2-1", "无证明城市|2-2-4", "权责清单|2-3-1",
      "行政争议化解成功率|7-3-1", "调解员|7-4-1", "民法典清理|3-2-1", "民意直通车|6-4-1",
      "最多跑一次|2-2-2", "容缺受理|2-2-2", "双随机|2-4-1", "失信被执行人|2-4-1",
      "排污许可证|2-7-1", "食品违法案件|2-5-1", "法律援助案件|2-6-1", "规范性文件清理|3-2-1",
      "法治副校长|8-3-1", "依法治校示范校|8-3-1", "旁听制度|4-2-1", "羊绒产业园|4-3-1",
      "检察建议|6-2-1", "乱收费举报|2-3-3", "负面清单|2-3-2", "新闻发言人|6-5-1",
      "重大行政决策目录|11-1-1", "劳动仲裁|7-3-2", "执法证件换发|5-4-1", "三项制度|5-2-1",
      // questions as people type them
      "一窗受理怎么办事|2-2-2", "法制审核人员多少|5-2-1", "调委会有多少个|7-4-1",
      "信访案件化解了吗|7-5-1", "会前学法多少次|8-2-1", "宪法宣誓多少人|1-2-1",
      "权力清单有多少项|2-3-1", "营业执照多久能拿到|2-2-2", "政府机构多少个|1-3-1",
      "行政执法证件怎么换发|5-4-1",
      // traditional script
      "憲法宣誓|1-2-1", "會前學法|8-2-1", "權責清單|2-3-1", "民意直通車|6-4-1",
      "行政複議申請多少件|7-2-1", "執法證件換發|5-4-1",
      // colloquial names and synonyms
      "市长热线|6-4-1", "老赖|2-4-1", "奇葩证明|2-2-4", "学法用法|8-2-1"})
  void answeringParagraphComesFirst(String query, String expected) throws IOException {
    SearchResult r = index.search(SearchQuery.of(query).withPage(3, 0));
    assertFalse(r.hits().isEmpty(), "no hits for " + query);
    assertEquals("report:" + expected, r.hits().get(0).id(), () -> query + " ranked " + r.ids());
  }

  @Test
  void hitCarriesTheWholePassageAndItsAddress() throws IOException {
    SearchHit hit = index.search(SearchQuery.of("宪法宣誓")).hits().get(0);
    assertEquals("report", hit.type());
    assertEquals("/report?p=1-2-1#p1-2-1", hit.url());
    assertEquals("加强宪法学习保障宪法实施", hit.title());
    assertTrue(hit.text().endsWith("今年共组织27名单位主要负责人进行宪法宣誓。"));
    assertTrue(hit.snippet().contains("<mark>宪法宣誓</mark>"), hit.snippet());
    assertTrue(hit.score() > 0);
  }

  @Test
  void snippetOfATraditionalQueryMarksTheSimplifiedText() throws IOException {
    String snippet = index.search(SearchQuery.of("民意直通車")).hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>民意直通车</mark>"), snippet);
  }

  @Test
  void pagesThroughHitsWithoutOverlap() throws IOException {
    SearchResult first = index.search(SearchQuery.of("法治政府").withPage(5, 0));
    SearchResult second = index.search(SearchQuery.of("法治政府").withPage(5, 5));
    assertEquals(5, first.hits().size());
    assertEquals(first.total(), second.total());
    assertTrue(first.total() > 10);
    assertTrue(first.ids().stream().noneMatch(second.ids()::contains));
  }

  @Test
  void limitIsClampedAndDefaulted() throws IOException {
    assertEquals(10, index.search(new SearchQuery("政府", null, 0, 0, true)).hits().size());
    SearchResult all = index.search(new SearchQuery("政府", null, 1000, 0, true));
    assertEquals(Math.min(SearchQuery.MAX_LIMIT, all.total()), all.hits().size());
    assertEquals(SearchQuery.MAX_OFFSET, new SearchQuery("政府", null, 10, 1_000_000, true).offset());
    assertTrue(index.search(SearchQuery.of("政府").withPage(10, 1000)).hits().isEmpty());
  }

  @Test
  void suggestsCompletionsForChinesePrefixes() throws IOException {
    assertTrue(index.suggest("宪法", 10).contains("宪法宣誓"), index.suggest("宪法", 10).toString());
    assertTrue(index.suggest("民法", 10).contains("民法典"), index.suggest("民法", 10).toString());
    assertTrue(index.suggest("憲法", 10).contains("宪法宣誓"));
    assertTrue(index.suggest("", 10).isEmpty());
    assertTrue(index.suggest("宪法", 0).isEmpty());
    assertTrue(index.suggest("法", 5).size() <= 5);
  }

  @Test
  void countsAllFiftyTwoParagraphs() throws IOException {
    assertEquals(52, index.docCount());
    List<SearchHit> all = index.search(SearchQuery.of("南宫市").withPage(100, 0)).hits();
    assertTrue(all.stream().allMatch(h -> h.type().equals("report")));
  }
}
