package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseAnalyzersTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer(TableScriptFolder.bundled());
  private static final ChineseAnalyzers ANALYZERS = new ChineseAnalyzers(NORMALIZER);

  private static List<String> words(String text) {
    return Tokens.terms(ANALYZERS.words(), "f", text);
  }

  private static List<String> bigrams(String text) {
    return Tokens.terms(ANALYZERS.bigrams(), "f", text);
  }

  @Test
  void smartcnSplitsLegalTermsThatBigramsKeep() {
    assertEquals(List.of("中华人民共和国", "民", "法典"), words("中华人民共和国民法典"));
    assertEquals(List.of("中华", "华人", "人民", "民共", "共和", "和国", "国民", "民法", "法典"),
        bigrams("中华人民共和国民法典"));
    assertEquals(List.of("最", "多", "跑", "一", "次"), words("最多跑一次"));
    assertEquals(List.of("最多", "多跑", "跑一", "一次"), bigrams("最多跑一次"));
  }

  @Test
  void wordsOfCommonTerms() {
    assertEquals(List.of("宪法", "宣誓"), words("宪法宣誓"));
    assertEquals(List.of("行政", "执法", "三", "项", "制度"), words("行政执法三项制度"));
    assertEquals(List.of("配备", "法", "核", "人员", "78", "人"), words("配备法核人员78人"));
  }

  @Test
  void punctuationBreaksBigramRuns() {
    assertEquals(List.of("一窗", "窗受", "受理", "容缺", "缺受", "受理"), bigrams("一窗受理、容缺受理"));
    assertEquals(List.of("一", "窗", "受理", "容", "缺", "受理"), words("一窗受理、容缺受理"));
  }

  @Test
  void traditionalScriptIsFoldedInBothFields() {
    assertEquals(List.of("宪法", "宣誓"), words("憲法宣誓"));
    assertEquals(List.of("宪法", "法宣", "宣誓"), bigrams("憲法宣誓"));
    assertEquals(List.of("会前", "学", "法"), words("會前學法"));
    assertEquals(List.of("行政", "政复", "复议"), bigrams("行政複議"));
  }

  @Test
  void fullWidthAsciiIsFoldedAndLowerCased() {
    assertEquals(List.of("abc", "123"), words("ＡＢＣ１２３"));
    assertEquals(List.of("abc123"), bigrams("ＡＢＣ１２３"));
  }

  @Test
  void foldingKeepsOffsetsOfTheOriginalText() {
    List<Tokens.Token> tokens = Tokens.of(ANALYZERS.bigrams(), "f", "第一　憲法宣誓");
    Tokens.Token first = tokens.stream().filter(t -> t.term().equals("宪法")).findFirst().orElseThrow();
    assertEquals(3, first.start());
    assertEquals(5, first.end());
  }

  @Test
  void tableFolderIsLengthPreservingAndLeavesSimplifiedTextAlone() {
    TableScriptFolder table = TableScriptFolder.bundled();
    assertTrue(table.size() > 700, "pairs: " + table.size());
    assertEquals("宪法宣誓", table.fold("憲法宣誓"));
    assertEquals("行政复议", table.fold("行政複議"));
    assertEquals("执法证件换发", table.fold("執法證件換發"));
    String simplified = "今年共组织27名单位主要负责人进行宪法宣誓。";
    assertEquals(simplified, table.fold(simplified));
    String mixed = "國家機關𠀀ABC";
    assertEquals(mixed.length(), table.fold(mixed).length());
  }

  @Test
  void bestFolderAlwaysFoldsTheCommonCharacters() {
    ScriptFolder best = ScriptFolder.best();
    assertEquals("宪法宣誓 行政复议", best.fold("憲法宣誓 行政複議"));
  }
}
