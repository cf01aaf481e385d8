package org.xuefa.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-ranks the top hits by their best sentence: the share of a query unit's concepts that one
 * sentence holds, raised when that sentence states a fact (a count with its measure word) or holds
 * the unit word for word. So the passage that says "今年共组织27名…进行宪法宣誓" leads the ones that
 * only mention the subject, and long passages compete with short ones on their best sentence.
 */
final class SentenceRescorer {

  /** How much a perfect sentence adds: the final score is score × (1 + weight × best). */
  static final float SENTENCE_WEIGHT = 1.0f;
  static final float FACT_FACTOR = 1.25f;
  /** When the query asks for a number, a sentence that states one is what answers it. */
  static final float COUNT_FACT_FACTOR = 2.0f;
  static final float WHOLE_PHRASE_FACTOR = 1.25f;
  /** Credit for a concept seen only in part (some of its character pairs). */
  static final float PARTIAL_CREDIT = 0.5f;

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;\\n]");
  private static final Pattern FACT = Pattern.compile(
      "\\d+(\\.\\d+)?\\s*(%|个|名|件|项|次|人|家|份|起|期|类|处|万元|元|学时|小时|日|天|年)|共计|共有");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}]+");

  private final List<List<List<String>>> unitConcepts = new ArrayList<>(); // unit → concept → forms
  private final float factFactor;

  /** Prepares the concepts of the units that carry what was asked (typed words and their mappings). */
  SentenceRescorer(QueryPlan plan, ChineseAnalyzers analyzers, QueryVocabulary vocabulary) {
    this.factFactor = plan.asksForCount() ? COUNT_FACT_FACTOR : FACT_FACTOR;
    for (QueryPlan.Unit u : plan.units()) {
      if (u.weight() >= QueryPlanner.COLLOQUIAL_WEIGHT) {
        List<List<String>> forms = new ArrayList<>();
        for (String c : concepts(Tokens.of(analyzers.words(), "q", u.text()))) {
          forms.add(forms(c, vocabulary));
        }
        if (!forms.isEmpty()) {
          unitConcepts.add(forms);
        }
      }
    }
  }

  /** A concept and the words that may stand for it in a text: its synonyms and intent words. */
  private static List<String> forms(String concept, QueryVocabulary vocabulary) {
    List<String> forms = new ArrayList<>();
    forms.add(concept);
    forms.addAll(vocabulary.synonymsOf(concept));
    forms.addAll(vocabulary.intents().getOrDefault(concept, List.of()));
    return forms;
  }

  /**
   * Groups smartcn words into concepts: a word of two or more characters is one, and single
   * characters join their adjoining neighbours (民 + 法典 → 民法典, 一 + 窗 + 受理 → 一窗受理).
   */
  static List<String> concepts(List<Tokens.Token> words) {
    List<String> out = new ArrayList<>();
    StringBuilder singles = new StringBuilder();
    int singlesEnd = -1;
    for (Tokens.Token w : words) {
      String t = w.term();
      if (NOT_WORD.matcher(t).matches()) {
        continue;
      }
      boolean adjoining = singles.length() > 0 && singlesEnd == w.start();
      if (singles.length() > 0 && !adjoining) {
        out.add(singles.toString());
        singles.setLength(0);
      }
      if (t.length() == 1) {
        singles.append(t);
        singlesEnd = w.end();
      } else if (adjoining) {
        out.add(singles.append(t).toString());
        singles.setLength(0);
      } else {
        out.add(t);
      }
    }
    if (singles.length() > 0) {
      // a trailing single character joins the concept before it when they touch
      if (!out.isEmpty() && singles.length() == 1) {
        out.set(out.size() - 1, out.get(out.size() - 1) + singles);
      } else {
        out.add(singles.toString());
      }
    }
    return out;
  }

  /** The multiplier for a passage whose normalised text is given. */
  float factor(String normalizedText) {
    if (unitConcepts.isEmpty() || normalizedText.isEmpty()) {
      return 1f;
    }
    float best = 0f;
    for (String sentence : SENTENCE_END.split(normalizedText)) {
      if (sentence.isBlank()) {
        continue;
      }
      for (List<List<String>> concepts : unitConcepts) {
        float covered = 0f;
        int whole = 0;
        for (List<String> forms : concepts) {
          if (forms.stream().anyMatch(sentence::contains)) {
            covered += 1f;
            whole++;
          } else {
            covered += PARTIAL_CREDIT * pairShare(forms.get(0), sentence);
          }
        }
        if (covered == 0f) {
          continue;
        }
        float share = covered / concepts.size();
        // squared: a sentence holding every concept beats one holding most of them
        float score = share * share;
        if (FACT.matcher(sentence).find()) {
          score *= factFactor;
        }
        if (whole == concepts.size()) {
          score *= WHOLE_PHRASE_FACTOR;
        }
        best = Math.max(best, score);
      }
    }
    return 1f + SENTENCE_WEIGHT * best;
  }

  /** Share of the concept's character pairs that occur in the sentence. */
  private static float pairShare(String concept, String sentence) {
    if (concept.length() < 2) {
      return 0f;
    }
    int found = 0;
    for (int i = 0; i + 2 <= concept.length(); i++) {
      if (sentence.contains(concept.substring(i, i + 2))) {
        found++;
      }
    }
    return (float) found / (concept.length() - 1);
  }
}
