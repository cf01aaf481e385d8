package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Queries as people type them, over everything a fully imported server indexes, measured as hit
 * rates (rank 1, top 3) against cases kept as data in {@code search/ranking-cases.txt}; a few
 * cases the whole library must get right are asserted one by one.
 */
class RankingCasesTest {

  static final double MIN_FIRST = 0.85;
  static final double MIN_TOP3 = 0.95;

  record Case(String query, List<String> expected, String note) {}

  private static SearchIndex index;

  @BeforeAll
  static void indexEverything() throws IOException {
    index = new SearchIndex(new ByteBuffersDirectory());
    index.replaceAll(WholeCorpus.docs());
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
  }

  static List<Case> cases() {
    return cases("search/ranking-cases.txt");
  }

  static List<Case> cases(String resource) {
    try (InputStream in = RankingCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
      List<Case> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        if (line.isBlank() || line.strip().startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\\|", 3);
        out.add(new Case(cells[0].strip(), List.of(cells[1].strip().split("\\s+")),
            cells.length > 2 ? cells[2].strip() : ""));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void hitRatesOverAllCases() throws IOException {
    assertHitRates(cases(), MIN_FIRST, MIN_TOP3);
  }

  /** Queries written after the tuning and not tuned on: the ranking has to hold up on them too. */
  @Test
  void hitRatesOverHeldOutCases() throws IOException {
    assertHitRates(cases("search/held-out-cases.txt"), 0.85, 0.90);
  }

  private static void assertHitRates(List<Case> cases, double minFirst, double minTop3) throws IOException {
    int first = 0;
    int top3 = 0;
    StringBuilder misses = new StringBuilder();
    for (Case c : cases) {
      List<String> ids = index.search(SearchQuery.of(c.query()).withPage(3, 0).withoutSnippets()).ids();
      int rank = rankOf(ids, c.expected());
      if (rank == 1) {
        first++;
      }
      if (rank >= 1) {
        top3++;
      }
      if (rank != 1) {
        misses.append(String.format(Locale.ROOT, "%n  %s → %s (rank %s) got %s", c.query(), c.expected(),
            rank < 0 ? ">3" : rank, ids));
      }
    }
    double firstRate = (double) first / cases.size();
    double top3Rate = (double) top3 / cases.size();
    String summary = String.format(Locale.ROOT, "%d cases: rank 1 %d (%.1f%%), top 3 %d (%.1f%%)%s",
        cases.size(), first, 100 * firstRate, top3, 100 * top3Rate, misses);
    System.out.println("[ranking] " + summary);
    assertTrue(cases.size() >= 30, "enough cases to measure");
    assertTrue(firstRate >= minFirst && top3Rate >= minTop3, summary);
  }

  private static int rankOf(List<String> ids, List<String> expected) {
    for (int i = 0; i < ids.size(); i++) {
      if (expected.contains(ids.get(i))) {
        return i + 1;
      }
    }
    return -1;
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(delimiter = '|', value = {
      "行政处罚的追责时效|law:administrative-penalty-law:36",
      "行政许可多少天内作出决定|law:administrative-licensing-law:42",
      "公务员辞职|law:civil-servant-law:85",
      "宪法修改程序|law:constitution:64",
      "民告官|law:administrative-litigation-law:2",
      "执法人员要出示证件吗|law:administrative-penalty-law:55",
      "听证费用谁承担|law:administrative-penalty-law:63"})
  void theArticleThatSaysItLeadsEverything(String query, String expected) throws IOException {
    List<String> ids = index.search(SearchQuery.of(query).withPage(5, 0)).ids();
    assertEquals(expected, ids.get(0), () -> query + " ranked " + ids);
  }

  @Test
  void factLeadsTheTopicThatSummarisesIt() throws IOException {
    List<String> ids = index.search(SearchQuery.of("宪法宣誓").withPage(5, 0)).ids();
    assertTrue(List.of("report:1-2-1", "law:constitution:27").contains(ids.get(0)), ids.toString());
    assertTrue(ids.contains("topic:constitution-oath"), "the topic stays near the top: " + ids);
  }
}
