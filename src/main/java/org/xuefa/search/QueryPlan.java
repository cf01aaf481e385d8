package org.xuefa.search;

import java.util.List;

/**
 * What a typed query is searched as: the normalised text, and weighted units (the words typed,
 * colloquial mappings, synonyms, intent words), each analysed into both fields.
 */
record QueryPlan(String normalized, List<Unit> units, boolean asksForCount) {

  /**
   * One piece of text to search; {@code defining} asks for the definition-pattern boost, given
   * to what the person typed and to the statutory terms their words map to.
   */
  record Unit(String text, float weight, boolean defining, Source source) {}

  /** Where a unit came from, for explanations and tests. */
  enum Source { TYPED, COLLOQUIAL, COLLOQUIAL_NAME, SYNONYM, INTENT }

  boolean isEmpty() {
    return units.isEmpty();
  }
}
