package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.xuefa.resources.Classpath;

/** The word lists under content/search: enough entries, and mappings that point at real text. */
class VocabularyDataTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer(TableScriptFolder.bundled());
  private static final QueryVocabulary VOCABULARY = QueryVocabulary.load(NORMALIZER);

  private static String corpus() throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(TestLaws.folder())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
        sb.append(Files.readString(f));
      }
    }
    sb.append(Classpath.text("seeds/2020-nangong-rule-of-law-report.txt"));
    return NORMALIZER.normalize(sb.toString());
  }

  @Test
  void hasAtLeastFortyColloquialNames() {
    assertTrue(VOCABULARY.colloquial().size() >= 40, "colloquial: " + VOCABULARY.colloquial().size());
  }

  @Test
  void everyColloquialMappingPointsAtWordsTheTextsUse() throws IOException {
    String corpus = corpus();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : VOCABULARY.colloquial().entrySet()) {
      for (String term : e.getValue()) {
        if (!corpus.contains(term)) {
          missing.add(e.getKey() + " => " + term);
        }
      }
    }
    assertTrue(missing.isEmpty(), "not in the statutes or the report: " + missing);
  }

  @Test
  void intentWordsPointAtWordsTheTextsUse() throws IOException {
    String corpus = corpus();
    VOCABULARY.intents().forEach((word, terms) -> terms.forEach(t -> assertTrue(
        t.startsWith(QueryVocabulary.ANSWER_MARK) || corpus.contains(t), word + " => " + t)));
  }

  @Test
  void synonymGroupsAreSymmetric() {
    assertTrue(VOCABULARY.synonymsOf("执法证").contains("行政执法证件"));
    assertTrue(VOCABULARY.synonymsOf("行政执法证件").contains("执法证"));
    assertTrue(VOCABULARY.synonymsOf("会前学法").contains("常务会议学法"));
    assertFalse(VOCABULARY.synonymsOf("执法证").contains("执法证"));
  }

  @Test
  void questionWordsAndPatternsAreLoaded() {
    assertTrue(VOCABULARY.isQuestionWord("怎么"));
    assertTrue(VOCABULARY.isQuestionWord("吗"));
    assertFalse(VOCABULARY.isQuestionWord("宪法"));
    assertTrue(VOCABULARY.definitionPatterns().contains("{}是指"));
  }
}
