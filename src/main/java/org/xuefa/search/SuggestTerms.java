package org.xuefa.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks the completion candidates of a text: its smartcn words of two or more Han characters and
 * adjoining word pairs, which rebuild the terms smartcn splits (民 + 法典 → 民法典, 宪法 + 宣誓 →
 * 宪法宣誓); keywords are taken whole.
 */
final class SuggestTerms {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
  private static final int MAX_PAIR = 6;
  // function words never start or end a useful completion (和宪法, 离婚或者)
  private static final Set<String> FUNCTION_WORDS = Set.of("的", "了", "和", "与", "或", "及", "在", "是",
      "为", "对", "将", "等", "并", "由", "向", "从", "以", "于", "其", "之", "被", "把", "应", "可", "不", "也",
      "就", "都", "而", "所", "各", "该", "此", "者", "按", "经", "或者", "以及", "并且", "应当", "可以", "依照",
      "按照", "根据", "其他", "有关", "之间", "以上", "以下");

  private final ChineseAnalyzers analyzers;
  private final TextNormalizer normalizer;

  SuggestTerms(ChineseAnalyzers analyzers, TextNormalizer normalizer) {
    this.analyzers = analyzers;
    this.normalizer = normalizer;
  }

  List<String> candidates(String text, List<String> keywords) {
    return candidates(Tokens.of(analyzers.words(), "s", text), keywords);
  }

  /** As above, from the text's smartcn words when the caller has them already. */
  List<String> candidates(List<Tokens.Token> words, List<String> keywords) {
    Set<String> out = new LinkedHashSet<>();
    Tokens.Token previous = null;
    for (Tokens.Token w : words) {
      boolean han = HAN.matcher(w.term()).matches();
      if (han && w.term().length() >= 2) {
        out.add(w.term());
      }
      // a single character joins the word after it (民 + 法典) but not the one before it
      // (宪法 + 第, 离婚 + 后), where it is nearly always the start of the next phrase
      if (han && previous != null && previous.end() == w.start() && w.term().length() >= 2
          && !FUNCTION_WORDS.contains(previous.term()) && !FUNCTION_WORDS.contains(w.term())) {
        String pair = previous.term() + w.term();
        if (pair.length() >= 3 && pair.length() <= MAX_PAIR) {
          out.add(pair);
        }
      }
      previous = han ? w : null;
    }
    for (String k : keywords) {
      String n = normalizer.normalize(k.strip());
      if (!n.isEmpty()) {
        out.add(n);
      }
    }
    return new ArrayList<>(out);
  }
}
