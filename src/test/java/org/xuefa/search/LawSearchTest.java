package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xuefa.report.ReportParser;

/** Relevance over every statute article together with the report and a topic. */
class LawSearchTest {

  private static SearchIndex index;
  private static int lawDocs;

  @BeforeAll
  static void indexLawsAndReport() throws IOException {
    List<SearchDoc> docs = new ArrayList<>(TestLaws.readAll(TestLaws.folder()));
    lawDocs = docs.size();
    docs.addAll(ReportSearchDocs.of(ReportParser.loadDefault()));
    // a topic page as the content folder will provide it; the wording is the 2018 oath
    docs.add(new SearchDoc("topic:oath", "topic", "宪法宣誓", "/topics/oath",
        "宪法宣誓誓词（2018年）：我宣誓：忠于中华人民共和国宪法，维护宪法权威，履行法定职责，忠于祖国、忠于人民，"
            + "恪尽职守、廉洁奉公，接受人民监督，为建设富强民主文明和谐美丽的社会主义现代化强国努力奋斗！",
        "", List.of("誓词", "就职宣誓"), 1f));
    index = new SearchIndex(new ByteBuffersDirectory());
    index.replaceAll(docs);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  @Test
  void readsEveryArticleOfEveryStatute() throws IOException {
    // the counts of /work/shared/laws/README.md
    assertEquals(143 + 1260 + 86 + 83 + 71 + 90 + 103 + 42 + 68 + 113 + 44, lawDocs);
    assertEquals(lawDocs + 52 + 1, index.docCount());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "霸王条款|civil-code:496", "格式条款|civil-code:496", "霸王條款|civil-code:496",
      "行政复议收费吗|administrative-reconsideration-law:87",
      "行政復議收費嗎|administrative-reconsideration-law:87",
      "正当防卫|civil-code:181", "正當防衛|civil-code:181", "离婚冷静期|civil-code:1077",
      "宪法宣誓|constitution:27", "高空抛物|civil-code:1254", "彩礼|civil-code:1042",
      "居住权|civil-code:366", "紧急避险|civil-code:182", "高利贷|civil-code:680",
      "狗咬人|civil-code:1245", "诉讼时效多久|civil-code:188", "家暴|civil-code:1042"})
  void answeringArticleComesFirst(String query, String expected) throws IOException {
    SearchResult r = index.search(SearchQuery.of(query).withType("law").withPage(3, 0));
    assertFalse(r.hits().isEmpty(), "no hits for " + query);
    assertEquals("law:" + expected, r.hits().get(0).id(), () -> query + " ranked " + r.ids());
  }

  @Test
  void withoutFilterTheParagraphThatReportsTheOathLeadsEveryArticle() throws IOException {
    List<SearchHit> hits = index.search(SearchQuery.of("宪法宣誓")).hits();
    // the topic page named after the subject may lead; after it comes the reported fact
    SearchHit first = hits.stream().filter(h -> !h.type().equals("topic")).findFirst().orElseThrow();
    assertEquals("report:1-2-1", first.id(), () -> hits.stream().map(SearchHit::id).toList().toString());
  }

  @Test
  void oathWordingQuestionFindsTheTopic() throws IOException {
    assertEquals("topic:oath", index.search(SearchQuery.of("宪法宣誓誓词是什么")).hits().get(0).id());
  }

  @Test
  void facetsCountEveryTypeWhileHitsKeepToTheFilter() throws IOException {
    SearchResult all = index.search(SearchQuery.of("宪法宣誓"));
    SearchResult laws = index.search(SearchQuery.of("宪法宣誓").withType("law"));
    assertTrue(all.facets().keySet().containsAll(List.of("law", "report", "topic")), all.facets().toString());
    assertEquals(all.facets(), laws.facets());
    assertEquals(laws.facets().get("law").intValue(), laws.total());
    assertEquals(all.facets().values().stream().mapToInt(Integer::intValue).sum(), all.total());
    assertTrue(laws.hits().stream().allMatch(h -> h.type().equals("law")));
    assertEquals(0, index.search(SearchQuery.of("宪法宣誓").withType("nosuchtype")).total());
  }

  @Test
  void lawHitsCarryTheirPageAddress() throws IOException {
    SearchHit hit = index.search(SearchQuery.of("格式条款").withType("law")).hits().get(0);
    assertEquals("/laws/civil-code/496", hit.url());
    assertEquals("《民法典》第四百九十六条", hit.title());
    assertTrue(hit.snippet().startsWith("<mark>格式条款</mark>是当事人"), hit.snippet());
  }

  @Test
  void suggestsTheCodeForItsPrefix() throws IOException {
    assertTrue(index.suggest("民法", 10).contains("民法典"), index.suggest("民法", 10).toString());
    assertTrue(index.suggest("宪法", 10).contains("宪法宣誓"), index.suggest("宪法", 10).toString());
    // a word followed by a stray character ("宪法第…", "离婚后") is no completion
    assertFalse(index.suggest("宪法", 50).contains("宪法第"));
    assertFalse(index.suggest("离婚", 50).contains("离婚后"));
    assertTrue(index.suggest("离婚", 50).contains("离婚冷静期"), "colloquial names are offered too");
  }

  @Test
  void theDefiningArticleCarriesTheStatutesSubject() {
    assertEquals("行政诉讼", LawSearchSource.subjectOf("中华人民共和国行政诉讼法"));
    assertEquals("公职人员政务处分", LawSearchSource.subjectOf("中华人民共和国公职人员政务处分法"));
    assertEquals("重大行政决策程序", LawSearchSource.subjectOf("重大行政决策程序暂行条例"));
    assertEquals("民法", LawSearchSource.subjectOf("中华人民共和国民法典"));
    assertEquals("", LawSearchSource.subjectOf("中华人民共和国宪法"), "one character is no subject");
  }
}
