package org.xuefa.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.xuefa.search.QueryPlan.Concept;
import org.xuefa.search.QueryPlan.Source;
import org.xuefa.search.QueryPlan.Unit;

/**
 * Turns what a person typed into a {@link QueryPlan}: normalise, drop question words, map
 * colloquial names to statutory terms, add synonyms and intent words at lower weights, and list
 * the concepts an answering sentence should hold.
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
  private static final int MAX_CONCEPTS = 8;
  /** A lone character says little on its own (男, 钱): it counts half in a sentence's share. */
  static final float SINGLE_CHARACTER_WEIGHT = 0.5f;
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsHan}\\p{L}\\p{N}]+");

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
      return new QueryPlan("", List.of(), List.of(), List.of(), false, false);
    }
    String cleaned = dropQuestionWords(normalized);
    Map<String, Unit> units = new LinkedHashMap<>();
    List<Concept> concepts = new ArrayList<>();
    StringBuilder typed = new StringBuilder(cleaned);
    addColloquial(typed, units, concepts);
    // what is left for concepts of its own: the typed words less the intent words
    StringBuilder rest = new StringBuilder(typed);
    List<Unit> intentUnits = new ArrayList<>();
    addIntents(normalized, rest, intentUnits, concepts);
    int named = concepts.size() + HAN_RUN.matcher(rest).results().mapToInt(r -> 1).sum();
    // a definition answers a query that names one subject ("格式条款", "霸王条款"), not one that
    // names a subject and something about it ("公务员辞职": 公务员 is context there)
    boolean oneSubject = named == 1;
    List<String> definitions = new ArrayList<>();
    if (oneSubject) {
      units.replaceAll((text, u) -> u.source() == Source.COLLOQUIAL
          ? new Unit(u.text(), u.weight(), true, u.source()) : u);
      units.values().forEach(u -> definitions.addAll(definitionsOf(u.text())));
      definitions.addAll(definitionsOf(typed.toString().strip()));
    }
    if (!typed.toString().isBlank()) {
      put(units, new Unit(typed.toString().strip(), 1f, oneSubject, Source.TYPED));
    }
    addSynonyms(cleaned, units);
    intentUnits.forEach(u -> put(units, u));
    addTypedConcepts(rest.toString(), concepts);
    List<Unit> list = new ArrayList<>(units.values());
    return new QueryPlan(normalized, list.size() > MAX_UNITS ? list.subList(0, MAX_UNITS) : list,
        concepts.size() > MAX_CONCEPTS ? concepts.subList(0, MAX_CONCEPTS) : concepts,
        definitions, vocabulary.asksForCount(normalized), vocabulary.asksForDefinition(normalized));
  }

  /** "格式条款" → "格式条款是指", "本法所称格式条款", … for a subject of at least two characters. */
  private List<String> definitionsOf(String subject) {
    if (subject.length() < 2 || !HAN_RUN.matcher(subject).matches()) {
      return List.of();
    }
    return vocabulary.definitionPatterns().stream().map(p -> p.replace("{}", subject)).toList();
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

  /**
   * Blanks out whole words that only make the query a question; keeps the query if nothing is
   * left. The result has the query's length, so positions found in one hold in the other.
   */
  private String dropQuestionWords(String normalized) {
    char[] chars = normalized.toCharArray();
    boolean dropped = false;
    for (Tokens.Token t : Tokens.of(analyzers.words(), "q", normalized)) {
      if (vocabulary.isQuestionWord(t.term())) {
        blank(chars, t.start(), t.end());
        dropped = true;
      }
    }
    String cleaned = new String(chars);
    return !dropped || cleaned.isBlank() ? normalized : cleaned;
  }

  /** Maps colloquial names found in the query and blanks them out of {@code typed}. */
  private void addColloquial(StringBuilder typed, Map<String, Unit> units, List<Concept> concepts) {
    for (String name : vocabulary.colloquialNames()) {
      int at = typed.indexOf(name);
      if (at < 0) {
        continue;
      }
      List<String> terms = vocabulary.colloquial().get(name);
      for (String term : terms) {
        put(units, new Unit(term, COLLOQUIAL_WEIGHT, false, Source.COLLOQUIAL));
      }
      put(units, new Unit(name, COLLOQUIAL_NAME_WEIGHT, false, Source.COLLOQUIAL_NAME));
      List<String> forms = new ArrayList<>(terms);
      forms.add(name);
      concepts.add(new Concept(name, forms, List.of(), null, 1f));
      blank(typed, at, at + name.length());
    }
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
      blank(rest, at, at + member.length());
    }
  }

  /**
   * Intent words found in the query (question words included: 多久, 多少钱), longest first: their
   * answer words become units and each intent one concept; they are blanked out of {@code rest}.
   */
  private void addIntents(String normalized, StringBuilder rest, List<Unit> units, List<Concept> concepts) {
    StringBuilder seen = new StringBuilder(normalized);
    for (String word : vocabulary.intentWords()) {
      int at = seen.indexOf(word);
      if (at < 0) {
        continue;
      }
      List<String> forms = new ArrayList<>();
      forms.add(word);
      Pattern answer = null;
      for (String t : vocabulary.intents().get(word)) {
        if (t.startsWith(QueryVocabulary.ANSWER_MARK)) {
          Pattern p = vocabulary.answerType(t.substring(1));
          answer = answer == null ? p : Pattern.compile(answer.pattern() + "|" + p.pattern());
        } else {
          forms.add(t);
          units.add(new Unit(t, INTENT_WEIGHT, false, Source.INTENT));
        }
      }
      // a question with an answer type is answered by a sentence stating one: "查封、扣押的期限不得
      // 超过三十日" answers 多久, "查封、扣押期限已经届满" only names the period
      concepts.add(answer == null ? new Concept(word, forms, List.of(), null, 1f)
          : new Concept(word, List.of(word), List.of(), answer, 1f));
      blank(seen, at, at + word.length());
      blank(rest, at, Math.min(rest.length(), at + word.length()));
    }
  }

  /**
   * The concepts of the remaining typed text: first the terms the word lists know (行政处罚,
   * 民法典, 一窗受理), which the segmenter would split, then its words; each with its synonyms as
   * other forms.
   */
  private void addTypedConcepts(String text, List<Concept> concepts) {
    StringBuilder rest = new StringBuilder(text);
    for (String member : vocabulary.synonymMembers()) {
      int at = rest.indexOf(member);
      if (at >= 0) {
        concepts.add(typedConcept(member));
        blank(rest, at, at + member.length());
      }
    }
    // smartcn leaves single characters of terms it does not know (等 + 次): a run of them is one
    // concept; a lone one (考, 男) is a concept of its own, of lower weight
    StringBuilder singles = new StringBuilder();
    int singlesEnd = -1;
    for (Tokens.Token w : Tokens.of(analyzers.words(), "q", rest.toString())) {
      if (NOT_WORD.matcher(w.term()).matches()) {
        continue;
      }
      boolean continues = w.term().length() == 1 && singles.length() > 0 && singlesEnd == w.start();
      if (singles.length() > 0 && !continues) {
        concepts.add(typedConcept(singles.toString()));
        singles.setLength(0);
      }
      if (w.term().length() == 1) {
        singles.append(w.term());
        singlesEnd = w.end();
      } else {
        concepts.add(typedConcept(w.term()));
      }
    }
    if (singles.length() > 0) {
      concepts.add(typedConcept(singles.toString()));
    }
  }

  private Concept typedConcept(String c) {
    return new Concept(c, List.of(c), vocabulary.synonymsOf(c), null, c.length() == 1 ? SINGLE_CHARACTER_WEIGHT : 1f);
  }

  /** Keeps one unit per text, the heaviest. */
  private static void put(Map<String, Unit> units, Unit unit) {
    Unit old = units.get(unit.text());
    if (old == null || old.weight() < unit.weight()
        || (old.weight() == unit.weight() && unit.defining() && !old.defining())) {
      units.put(unit.text(), unit);
    }
  }

  private static void blank(char[] chars, int from, int to) {
    for (int i = from; i < to; i++) {
      chars[i] = ' ';
    }
  }

  private static void blank(StringBuilder sb, int from, int to) {
    for (int i = from; i < to; i++) {
      sb.setCharAt(i, ' ');
    }
  }
}
