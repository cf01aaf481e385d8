package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xuefa.report.ReportParser;

/** Writes, deletes, per-type replacement, hostile input, and searching during a rebuild. */
class IndexLifecycleTest {

  private SearchIndex index;
  private List<SearchDoc> report;

  @BeforeEach
  void open() throws IOException {
    index = new SearchIndex(new ByteBuffersDirectory());
    report = ReportSearchDocs.of(ReportParser.loadDefault());
    index.replaceAll(report);
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private static SearchDoc topic(String id, String title, String text) {
    return SearchDoc.of("topic:" + id, "topic", title, "/topics/" + id, text);
  }

  @Test
  void upsertReplacesTheDocumentWithTheSameId() throws IOException {
    index.upsert(topic("a", "甲", "羊绒产业园甲"));
    index.upsert(topic("a", "乙", "羊绒产业园乙"));
    assertEquals(53, index.docCount());
    SearchResult r = index.search(SearchQuery.of("羊绒产业园").withType("topic"));
    assertEquals(1, r.total());
    assertEquals("乙", r.hits().get(0).title());
  }

  @Test
  void deleteRemovesOnlyThatDocument() throws IOException {
    index.delete("report:6-4-1");
    assertEquals(51, index.docCount());
    assertEquals(0, index.search(SearchQuery.of("民意直通车")).total());
    index.delete("report:no-such");
    assertEquals(51, index.docCount());
  }

  @Test
  void replaceTypeLeavesOtherTypesAlone() throws IOException {
    index.upsert(topic("old", "旧", "旧专题"));
    index.replaceType("topic", List.of(topic("new", "新", "新专题"), topic("new2", "新二", "另一个")));
    assertEquals(54, index.docCount());
    SearchResult topics = index.search(SearchQuery.of("旧专题").withType("topic"));
    assertEquals(List.of("topic:new"), topics.ids());
    assertEquals("report:6-4-1", index.search(SearchQuery.of("民意直通车")).hits().get(0).id());
    assertThrows(IllegalArgumentException.class,
        () -> index.replaceType("topic", List.of(SearchDoc.of("law:x:1", "law", "", "", "x"))));
  }

  @Test
  void syncWritesOnlyWhatChanged() throws IOException {
    assertEquals(0, index.sync(report), "an unchanged library writes nothing");
    List<SearchDoc> edited = new ArrayList<>(report);
    SearchDoc first = edited.get(0);
    edited.set(0, new SearchDoc(first.id(), first.type(), first.title(), first.url(), "羊绒产业园的新说法",
        first.path(), first.keywords(), first.boost()));
    edited.remove(edited.size() - 1);
    edited.add(topic("a", "甲", "新专题"));
    assertEquals(3, index.sync(edited), "one changed, one gone, one new");
    assertEquals(report.size(), index.docCount());
    assertEquals(first.id(), index.search(SearchQuery.of("新说法")).hits().get(0).id());
    assertEquals(0, index.search(SearchQuery.of("南宫市").withType("report").withPage(100, 0)).ids().stream()
        .filter(id -> id.equals(report.get(report.size() - 1).id())).count());
    assertEquals(0, index.sync(edited));
    assertEquals("topic:a", index.search(SearchQuery.of("新专题").withType("topic")).hits().get(0).id());
  }

  @Test
  void syncReplacesEverythingWhenMostChanged() throws IOException {
    assertEquals(report.size() + 1, index.sync(List.of(topic("a", "甲", "新专题"))));
    assertEquals(1, index.docCount());
    assertEquals(report.size() + 1, index.sync(report));
    assertEquals("report:6-4-1", index.search(SearchQuery.of("民意直通车")).hits().get(0).id());
  }

  @Test
  void replaceAllWithDuplicatesKeepsTheLast() throws IOException {
    index.replaceAll(List.of(topic("a", "一", "甲"), topic("a", "二", "乙")));
    assertEquals(1, index.docCount());
  }

  @Test
  void hostileQueriesNeverThrowNorLeakMarkup() throws IOException {
    index.upsert(topic("x", "<b>粗体</b>", "<script>alert('宪法')</script> & \"引号\" 宪法宣誓"));
    List<String> queries = List.of("<script>", "\"", "&", "AND OR NOT", "* ? ~ ^ : [ ] { } ( ) \\ /",
        "\"宪法宣誓", "宪法 AND (宣誓", "title:宪法", "宪法~2^3", "法".repeat(10_000), "", "   ", "\u0000",
        "🙂宪法", "\uD800", "-宪法", "+ - && || !", "/.*/", "宪法*", "?");
    for (String q : queries) {
      SearchResult r = index.search(SearchQuery.of(q));
      for (SearchHit h : r.hits()) {
        String withoutMarks = h.snippet().replace("<mark>", "").replace("</mark>", "");
        assertFalse(withoutMarks.contains("<") || withoutMarks.contains(">") || withoutMarks.contains("\""),
            q + " → " + h.snippet());
      }
    }
    SearchHit hit = index.search(SearchQuery.of("<script>宪法宣誓").withType("topic")).hits().get(0);
    assertTrue(hit.snippet().startsWith("&lt;<mark>script</mark>&gt;"), hit.snippet());
    assertEquals(0, index.search(SearchQuery.of("")).total());
    assertTrue(index.search(SearchQuery.of("   ")).hits().isEmpty());
  }

  @Test
  void searchesDuringARebuildSeeTheOldIndexUntilItIsComplete() throws Exception {
    List<SearchDoc> bigger = new ArrayList<>(report);
    for (int i = 0; i < 300; i++) {
      bigger.add(topic("t" + i, "专题" + i, "行政复议专题第" + i + "篇"));
    }
    AtomicBoolean rebuilding = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Integer>> seen = pool.submit(() -> {
        List<Integer> counts = new ArrayList<>();
        while (rebuilding.get()) {
          counts.add(index.search(SearchQuery.of("南宫市").withPage(1, 0)).facets().getOrDefault("report", 0));
        }
        return counts;
      });
      for (int round = 0; round < 5; round++) {
        index.replaceAll(round % 2 == 0 ? bigger : report);
      }
      rebuilding.set(false);
      List<Integer> counts = seen.get(30, TimeUnit.SECONDS);
      assertFalse(counts.isEmpty());
      int expected = counts.get(0);
      // every search saw a complete index: the same number of report paragraphs, never fewer
      assertTrue(counts.stream().allMatch(c -> c == expected), counts.toString());
      assertEquals(352, index.docCount());
    } finally {
      pool.shutdownNow();
    }
  }
}
