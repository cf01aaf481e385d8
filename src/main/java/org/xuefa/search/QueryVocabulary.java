package org.xuefa.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xuefa.resources.Classpath;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The query-side word lists kept as data under {@code content/search/}: synonym groups,
 * colloquial names, question words, intent words, answer types and definition patterns. Every
 * entry is stored normalised, so lookups work on normalised queries.
 */
public final class QueryVocabulary {

  public static final String FOLDER = "content/search/";
  /** An intent term naming an answer type rather than a word: "@period". */
  public static final String ANSWER_MARK = "@";

  private final Map<String, List<String>> synonyms;   // member -> the other members of its group
  private final Map<String, List<String>> colloquial; // name people type -> terms texts use
  private final Map<String, List<String>> intents;    // question intent -> answer words and @types
  private final Map<String, Pattern> answerTypes;     // "period" -> what a sentence stating one matches
  private final Set<String> questionWords;
  private final List<String> countWords;
  private final List<String> definitionWords;
  private final List<String> definitionPatterns;
  private final List<String> phrases;                 // every term named in the lists, for type-ahead
  private final List<String> synonymMembers;
  private final List<String> colloquialNames;
  private final List<String> intentWords;

  private QueryVocabulary(Map<String, List<String>> synonyms, Map<String, List<String>> colloquial,
      Map<String, List<String>> intents, Map<String, Pattern> answerTypes, Set<String> questionWords,
      List<String> countWords, List<String> definitionWords, List<String> definitionPatterns,
      List<String> phrases) {
    this.synonyms = synonyms;
    this.colloquial = colloquial;
    this.intents = intents;
    this.answerTypes = answerTypes;
    this.questionWords = questionWords;
    this.countWords = countWords;
    this.definitionWords = definitionWords;
    this.definitionPatterns = definitionPatterns;
    this.phrases = phrases;
    this.synonymMembers = longestFirst(synonyms.keySet());
    this.colloquialNames = longestFirst(colloquial.keySet());
    this.intentWords = longestFirst(intents.keySet());
  }

  /** Reads the lists from the classpath folder {@link #FOLDER}. */
  public static QueryVocabulary load(TextNormalizer normalizer) {
    return parse(normalizer,
        Classpath.text(FOLDER + "synonyms.txt"),
        Classpath.text(FOLDER + "colloquial.txt"),
        Classpath.text(FOLDER + "intents.txt"),
        Classpath.text(FOLDER + "question-words.txt"),
        Classpath.text(FOLDER + "count-words.txt"),
        Classpath.text(FOLDER + "definition-patterns.txt"),
        Classpath.text(FOLDER + "answer-types.txt"),
        Classpath.text(FOLDER + "definition-questions.txt"));
  }

  /** Builds the vocabulary from the texts of the eight files. */
  static QueryVocabulary parse(TextNormalizer n, String synonymText, String colloquialText,
      String intentText, String questionText, String countText, String patternText, String answerText,
      String definitionText) {
    Set<String> phrases = new HashSet<>();
    Map<String, List<String>> synonyms = new LinkedHashMap<>();
    for (String line : dataLines(synonymText)) {
      List<String> group = new ArrayList<>();
      for (String member : line.split("[,，]")) {
        if (!member.isBlank()) {
          group.add(n.normalize(member.strip()));
        }
      }
      phrases.addAll(group);
      for (String member : group) {
        List<String> others = synonyms.computeIfAbsent(member, k -> new ArrayList<>());
        group.stream().filter(o -> !o.equals(member) && !others.contains(o)).forEach(others::add);
      }
    }
    Map<String, List<String>> colloquial = mappings(n, colloquialText, phrases);
    Map<String, List<String>> intents = mappings(n, intentText, new HashSet<>());
    Map<String, Pattern> answerTypes = answerTypes(answerText);
    intents.forEach((word, terms) -> terms.stream().filter(t -> t.startsWith(ANSWER_MARK))
        .filter(t -> !answerTypes.containsKey(t.substring(1))).findFirst().ifPresent(t -> {
          throw new IllegalStateException("intents.txt: " + word + " names the unknown answer type " + t);
        }));
    Set<String> questions = new HashSet<>();
    dataLines(questionText).forEach(l -> questions.add(n.normalize(l)));
    List<String> counts = dataLines(countText).stream().map(n::normalize).toList();
    List<String> definitionWords = dataLines(definitionText).stream().map(n::normalize).toList();
    List<String> patterns = dataLines(patternText).stream()
        .filter(p -> p.contains("{}")).map(n::normalize).toList();
    List<String> sortedPhrases = new ArrayList<>(phrases);
    Collections.sort(sortedPhrases);
    return new QueryVocabulary(synonyms, colloquial, intents, answerTypes, Set.copyOf(questions), counts,
        definitionWords, patterns, List.copyOf(sortedPhrases));
  }

  /** "name = regular expression" lines; the expressions run on normalised text. */
  private static Map<String, Pattern> answerTypes(String text) {
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (String line : dataLines(text)) {
      int eq = line.indexOf('=');
      if (eq <= 0) {
        throw new IllegalStateException("answer-types.txt: not \"name = expression\": " + line);
      }
      try {
        out.put(line.substring(0, eq).strip(), Pattern.compile(line.substring(eq + 1).strip()));
      } catch (PatternSyntaxException e) {
        throw new IllegalStateException("answer-types.txt: " + line + ": " + e.getDescription(), e);
      }
    }
    return out;
  }

  private static Map<String, List<String>> mappings(TextNormalizer n, String text, Set<String> phrases) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String line : dataLines(text)) {
      int arrow = line.indexOf("=>");
      String key = n.normalize((arrow < 0 ? line : line.substring(0, arrow)).strip());
      List<String> terms = arrow < 0 ? List.of()
          : List.of(n.normalize(line.substring(arrow + 2).strip()).split("\\s+"));
      phrases.add(key);
      terms.stream().filter(t -> !t.startsWith(ANSWER_MARK)).forEach(phrases::add);
      if (!terms.isEmpty()) {
        out.put(key, terms);
      }
    }
    return out;
  }

  private static List<String> dataLines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
  }

  /** The other members of every group {@code term} belongs to; empty when none. */
  public List<String> synonymsOf(String term) {
    return synonyms.getOrDefault(term, List.of());
  }

  /** Every synonym group member, longest first, for substring matching in queries. */
  public List<String> synonymMembers() {
    return synonymMembers;
  }

  public Map<String, List<String>> colloquial() {
    return colloquial;
  }

  /** Colloquial names, longest first, so 离婚冷静期 wins over 冷静期. */
  public List<String> colloquialNames() {
    return colloquialNames;
  }

  /** Intent words and what states their answer: words, and answer types marked {@link #ANSWER_MARK}. */
  public Map<String, List<String>> intents() {
    return intents;
  }

  /** Intent words, longest first, so 多少钱 wins over 多少. */
  public List<String> intentWords() {
    return intentWords;
  }

  /** The pattern of an answer type ("period"), or null when there is none of that name. */
  public Pattern answerType(String name) {
    return answerTypes.get(name);
  }

  public boolean isQuestionWord(String word) {
    return questionWords.contains(word);
  }

  /** Whether the normalised query asks for a number (多少, 几个, 人数 …). */
  public boolean asksForCount(String normalizedQuery) {
    return countWords.stream().anyMatch(normalizedQuery::contains);
  }

  /** Whether the normalised query asks what something is (是什么, 什么意思, 含义 …). */
  public boolean asksForDefinition(String normalizedQuery) {
    return definitionWords.stream().anyMatch(normalizedQuery::contains);
  }

  /** Patterns such as "{}是指"; {} stands for the query term. */
  public List<String> definitionPatterns() {
    return definitionPatterns;
  }

  /** Every term the lists name, sorted; type-ahead offers them. */
  public List<String> phrases() {
    return phrases;
  }

  private static List<String> longestFirst(Set<String> keys) {
    List<String> out = new ArrayList<>(keys);
    out.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return out;
  }
}
