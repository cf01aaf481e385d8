package org.xuefa.search;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a typed query is searched as: the normalised text, weighted units (the words typed,
 * colloquial mappings, synonyms, intent words), each analysed into both fields, the concepts
 * a passage's best sentence should hold to answer it, and, when the query names a single subject,
 * the phrases that would define it ("格式条款是", "本法所称行政许可").
 */
record QueryPlan(String normalized, List<Unit> units, List<Concept> concepts, List<String> definitions,
    boolean asksForCount, boolean asksForDefinition) {

  /**
   * One piece of text to search; {@code defining} asks for the definition-pattern boost, given
   * to what the person typed and to the statutory terms their words map to when the query names
   * a single subject.
   */
  record Unit(String text, float weight, boolean defining, Source source) {}

  /** Where a unit came from, for explanations and tests. */
  enum Source { TYPED, COLLOQUIAL, COLLOQUIAL_NAME, SYNONYM, INTENT }

  /**
   * One thing the query asks about. A sentence holds it when it contains one of {@code forms}
   * (the word typed, the statutory terms of a colloquial name, the words that state an intent's
   * answer) or matches {@code answer} (a period, an amount, an age), if given; it holds it in part,
   * {@link #RELATED_CREDIT}, through one of {@code related} (a synonym: 行政赔偿 for 国家赔偿). A lone
   * character the segmenter left (男, 钱) counts with a lower {@code weight}.
   */
  record Concept(String name, List<String> forms, List<String> related, Pattern answer, float weight) {

    static final float RELATED_CREDIT = 0.8f;

    Concept {
      forms = List.copyOf(forms);
      related = List.copyOf(related);
    }

    /** 1 when the text holds the concept, {@link #RELATED_CREDIT} through a synonym, else 0. */
    float credit(String text) {
      for (String f : forms) {
        if (text.contains(f)) {
          return 1f;
        }
      }
      if (answer != null && answer.matcher(text).find()) {
        return 1f;
      }
      for (String f : related) {
        if (text.contains(f)) {
          return RELATED_CREDIT;
        }
      }
      return 0f;
    }
  }

  boolean isEmpty() {
    return units.isEmpty();
  }
}
