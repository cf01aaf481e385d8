package org.xuefa.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xuefa.search.QueryPlan.Source;
import org.xuefa.search.QueryPlan.Unit;

/**
 * Turns what a person typed into a {@link QueryPlan}: normalise, drop question words, map
 * colloquial names to statutory terms, add synonyms and intent words at lower weights.
 *
 * <p>Nothing typed is ever parsed as query syntax: operators, wildcards and quotes are plain
 * characters that analysis drops or keeps as words.
 */
final class QueryPlanner {

  /** Longer input is cut: no real query is longer, and it bounds the clause count. */
  static final int MAX_QUERY_CHARS = 48;
  static final float COLLOQUIAL_WEIGHT = 1.0f;
  static final float COLLOQUIAL_NAME_WEIGHT = 0.3f;
  static final float SYNONYM_WEIGHT = 0.5f;
  static final float INTENT_WEIGHT = 0.6f;
  private static final int MAX_UNITS = 12;

  private final ChineseAnalyzers analyzers;
  private final QueryVocabulary vocabulary;
  private final TextNormalizer normalizer;

  QueryPlanner(ChineseAnalyzers analyzers, QueryVocabulary vocabulary, TextNormalizer normalizer) {
    this.analyzers = analyzers;
    this.vocabulary = vocabulary;
    this.normalizer = normalizer;
  }

  QueryPlan plan(String raw) {
    String normalized = normalizer.normalize(sanitize(raw)).strip();
    if (normalized.isEmpty()) {
      return new QueryPlan("", List.of(), false);
    }
    String cleaned = dropQuestionWords(normalized);
    Map<String, Unit> units = new LinkedHashMap<>();
    String typed = addColloquial(cleaned, units);
    if (!typed.isBlank()) {
      put(units, new Unit(typed.strip(), 1f, true, Source.TYPED));
    }
    addSynonyms(cleaned, units);
    addIntents(normalized, units);
    List<Unit> list = new ArrayList<>(units.values());
    return new QueryPlan(normalized, list.size() > MAX_UNITS ? list.subList(0, MAX_UNITS) : list,
        vocabulary.asksForCount(normalized));
  }

  /** Control characters out, whitespace runs collapsed, length capped. */
  static String sanitize(String raw) {
    if (raw == null) {
      return "";
    }
    String s = raw.length() > 4 * MAX_QUERY_CHARS ? raw.substring(0, 4 * MAX_QUERY_CHARS) : raw;
    s = s.replaceAll("[\\p{Cntrl}\\p{Cf}\\s]+", " ").strip();
    if (s.length() > MAX_QUERY_CHARS) {
      int end = MAX_QUERY_CHARS;
      if (Character.isHighSurrogate(s.charAt(end - 1))) {
        end--;
      }
      s = s.substring(0, end);
    }
    return s;
  }

  /** Blanks out whole words that only make the query a question; keeps the query if nothing is left. */
  private String dropQuestionWords(String normalized) {
    char[] chars = normalized.toCharArray();
    boolean dropped = false;
    for (Tokens.Token t : Tokens.of(analyzers.words(), "q", normalized)) {
      if (vocabulary.isQuestionWord(t.term())) {
        for (int i = t.start(); i < t.end(); i++) {
          chars[i] = ' ';
        }
        dropped = true;
      }
    }
    String cleaned = new String(chars);
    return !dropped || cleaned.isBlank() ? normalized : cleaned;
  }

  /** Maps colloquial names found in the query; returns the query with those names blanked out. */
  private String addColloquial(String cleaned, Map<String, Unit> units) {
    StringBuilder rest = new StringBuilder(cleaned);
    for (String name : vocabulary.colloquialNames()) {
      int at = rest.indexOf(name);
      if (at < 0) {
        continue;
      }
      for (String term : vocabulary.colloquial().get(name)) {
        put(units, new Unit(term, COLLOQUIAL_WEIGHT, true, Source.COLLOQUIAL));
      }
      put(units, new Unit(name, COLLOQUIAL_NAME_WEIGHT, false, Source.COLLOQUIAL_NAME));
      for (int i = at; i < at + name.length(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    return rest.toString();
  }

  private void addSynonyms(String cleaned, Map<String, Unit> units) {
    StringBuilder rest = new StringBuilder(cleaned);
    for (String member : vocabulary.synonymMembers()) {
      int at = rest.indexOf(member);
      if (at < 0) {
        continue;
      }
      for (String other : vocabulary.synonymsOf(member)) {
        put(units, new Unit(other, SYNONYM_WEIGHT, false, Source.SYNONYM));
      }
      // a longer member already matched covers its parts: 行政执法证 does not also fire 执法证
      for (int i = at; i < at + member.length(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
  }

  private void addIntents(String normalized, Map<String, Unit> units) {
    vocabulary.intents().forEach((word, terms) -> {
      if (normalized.contains(word)) {
        terms.forEach(t -> put(units, new Unit(t, INTENT_WEIGHT, false, Source.INTENT)));
      }
    });
  }

  /** Keeps one unit per text, the heaviest. */
  private static void put(Map<String, Unit> units, Unit unit) {
    Unit old = units.get(unit.text());
    if (old == null || old.weight() < unit.weight()) {
      units.put(unit.text(), unit);
    }
  }
}
