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
  // single-character function words never start or end a useful completion (宪法的, 和宪法)
  private static final String FUNCTION_CHARS = "的了和与或及在是为对将等并由向从以于其之被把应可不也就都而所各该此者按经";

  private final ChineseAnalyzers analyzers;
  private final TextNormalizer normalizer;

  SuggestTerms(ChineseAnalyzers analyzers, TextNormalizer normalizer) {
    this.analyzers = analyzers;
    this.normalizer = normalizer;
  }

  List<String> candidates(String text, List<String> keywords) {
    Set<String> out = new LinkedHashSet<>();
    List<Tokens.Token> words = Tokens.of(analyzers.words(), "s", text);
    Tokens.Token previous = null;
    for (Tokens.Token w : words) {
      boolean han = HAN.matcher(w.term()).matches();
      if (han && w.term().length() >= 2) {
        out.add(w.term());
      }
      if (han && previous != null && previous.end() == w.start()
          && !isFunctionWord(previous.term()) && !isFunctionWord(w.term())) {
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

  private static boolean isFunctionWord(String word) {
    return word.length() == 1 && FUNCTION_CHARS.indexOf(word.charAt(0)) >= 0;
  }
}
