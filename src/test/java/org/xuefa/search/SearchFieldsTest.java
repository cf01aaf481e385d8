package org.xuefa.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Segmenting a passage's headings once and replaying the words gives what analysing the field would. */
class SearchFieldsTest {

  private static final TextNormalizer NORMALIZER = new TextNormalizer(TableScriptFolder.bundled());
  private static final ChineseAnalyzers ANALYZERS = new ChineseAnalyzers(NORMALIZER);
  private static final SearchFields FIELDS =
      new SearchFields(ANALYZERS, new SuggestTerms(ANALYZERS, NORMALIZER), NORMALIZER);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "《民法典》第四百九十六条|中华人民共和国民法典 › 第三编 合同 › 第一分编 通则 › 第二章 合同的订立",
      "《民法典》第四百九十七条|中华人民共和国民法典 › 第三编 合同 › 第一分编 通则 › 第二章 合同的订立",
      "加强宪法学习保障宪法实施|南宫市2020年法治政府建设工作报告 › 一、积极推进政府治理体系和治理能力现代化",
      "單選題：憲法的修改，由全國人民代表大會（  ）提議|練習題",
      "|",
      "只有标题|"})
  void headWordsAreTheAnalysedHeadField(String title, String path) {
    String t = title == null ? "" : title;
    String p = path == null ? "" : path;
    List<Tokens.Token> analysed = Tokens.of(ANALYZERS.words(), SearchFields.HEAD_WORDS, t + "\n" + p);
    assertEquals(analysed, FIELDS.headWords(Tokens.of(ANALYZERS.words(), SearchFields.HEAD_WORDS, t), t, p));
  }
}
