package org.xuefa.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the Lucene query of a {@link QueryPlan}: for every unit, its words and its bigrams OR-ed
 * over body, title/path and keywords, a bigram phrase per run of Han characters, and the
 * definition patterns ("格式条款是…"); all multiplied by each document's own weight.
 */
final class LuceneQueryBuilder {

  static final float HEAD_BOOST = 0.3f;
  static final float KEYWORD_BOOST = 1.0f;
  static final float PHRASE_BOOST = 2.0f;
  static final float DEFINITION_BOOST = 3.0f;
  /** A passage whose keyword is the subject itself (居住权, the statute's 行政诉讼) introduces it. */
  static final float EXACT_KEYWORD_BOOST = 6.0f;
  // stays well below IndexSearcher's limit of 1024 clauses for the whole tree
  private static final int MAX_CLAUSES = 800;
  private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,10}");

  private final ChineseAnalyzers analyzers;
  private final QueryVocabulary vocabulary;

  LuceneQueryBuilder(ChineseAnalyzers analyzers, QueryVocabulary vocabulary) {
    this.analyzers = analyzers;
    this.vocabulary = vocabulary;
  }

  Query build(QueryPlan plan) {
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    int clauses = 0;
    for (QueryPlan.Unit unit : plan.units()) {
      BooleanQuery q = unitQuery(unit);
      int size = q.clauses().size();
      if (size == 0 || clauses + size > MAX_CLAUSES) {
        continue;
      }
      clauses += size;
      top.add(new BoostQuery(q, unit.weight()), Occur.SHOULD);
    }
    BooleanQuery query = top.build();
    if (query.clauses().isEmpty()) {
      return new MatchNoDocsQuery("nothing searchable in the query");
    }
    return FunctionScoreQuery.boostByValue(query, DoubleValuesSource.fromFloatField(SearchFields.WEIGHT));
  }

  private BooleanQuery unitQuery(QueryPlan.Unit unit) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    List<Tokens.Token> bigrams = Tokens.of(analyzers.bigrams(), "q", unit.text());
    if (unit.source() != QueryPlan.Source.TYPED) {
      // an added term counts only whole: its loose pairs (行政, 执法) would reward any passage
      addWhole(b, bigrams);
      if (unit.defining()) {
        addDefinitions(b, unit.text());
        b.add(term(SearchFields.KEY_EXACT, unit.text(), EXACT_KEYWORD_BOOST), Occur.SHOULD);
      }
      return b.build();
    }
    Set<String> words = new LinkedHashSet<>(Tokens.terms(analyzers.words(), "q", unit.text()));
    for (String w : words) {
      b.add(term(SearchFields.BODY_WORDS, w, 1f), Occur.SHOULD);
      b.add(term(SearchFields.HEAD_WORDS, w, HEAD_BOOST), Occur.SHOULD);
      b.add(term(SearchFields.KEY_WORDS, w, KEYWORD_BOOST), Occur.SHOULD);
    }
    Set<String> distinct = new LinkedHashSet<>();
    bigrams.forEach(t -> distinct.add(t.term()));
    for (String g : distinct) {
      b.add(term(SearchFields.BODY_BIGRAMS, g, 1f), Occur.SHOULD);
      b.add(term(SearchFields.HEAD_BIGRAMS, g, HEAD_BOOST), Occur.SHOULD);
      b.add(term(SearchFields.KEY_BIGRAMS, g, KEYWORD_BOOST), Occur.SHOULD);
    }
    for (List<Tokens.Token> run : Tokens.bigramRuns(bigrams)) {
      if (run.size() >= 2) {
        b.add(phrase(SearchFields.BODY_BIGRAMS, run, PHRASE_BOOST), Occur.SHOULD);
        b.add(phrase(SearchFields.HEAD_BIGRAMS, run, PHRASE_BOOST * HEAD_BOOST), Occur.SHOULD);
        b.add(phrase(SearchFields.KEY_BIGRAMS, run, PHRASE_BOOST * KEYWORD_BOOST), Occur.SHOULD);
      }
    }
    if (unit.defining()) {
      addDefinitions(b, unit.text());
      b.add(term(SearchFields.KEY_EXACT, unit.text(), EXACT_KEYWORD_BOOST), Occur.SHOULD);
    }
    return b.build();
  }

  /** The term as a phrase of its pairs, or as its single token when it has only one. */
  private static void addWhole(BooleanQuery.Builder b, List<Tokens.Token> bigrams) {
    if (bigrams.size() == 1) {
      String t = bigrams.get(0).term();
      b.add(term(SearchFields.BODY_BIGRAMS, t, PHRASE_BOOST), Occur.SHOULD);
      b.add(term(SearchFields.HEAD_BIGRAMS, t, PHRASE_BOOST * HEAD_BOOST), Occur.SHOULD);
      b.add(term(SearchFields.KEY_BIGRAMS, t, PHRASE_BOOST * KEYWORD_BOOST), Occur.SHOULD);
      return;
    }
    for (List<Tokens.Token> run : Tokens.bigramRuns(bigrams)) {
      if (run.size() == 1) {
        b.add(term(SearchFields.BODY_BIGRAMS, run.get(0).term(), PHRASE_BOOST), Occur.SHOULD);
      } else {
        b.add(phrase(SearchFields.BODY_BIGRAMS, run, PHRASE_BOOST), Occur.SHOULD);
        b.add(phrase(SearchFields.HEAD_BIGRAMS, run, PHRASE_BOOST * HEAD_BOOST), Occur.SHOULD);
        b.add(phrase(SearchFields.KEY_BIGRAMS, run, PHRASE_BOOST * KEYWORD_BOOST), Occur.SHOULD);
      }
    }
  }

  /** A phrase per definition pattern and Han run of the unit: "{}是指" with {} = 格式条款. */
  private void addDefinitions(BooleanQuery.Builder b, String text) {
    Matcher m = HAN_RUN.matcher(text);
    while (m.find()) {
      for (String pattern : vocabulary.definitionPatterns()) {
        List<Tokens.Token> tokens =
            Tokens.of(analyzers.bigrams(), "q", pattern.replace("{}", m.group()));
        if (tokens.size() >= 2) {
          b.add(phrase(SearchFields.BODY_BIGRAMS, tokens, DEFINITION_BOOST), Occur.SHOULD);
        }
      }
    }
  }

  private static Query term(String field, String text, float boost) {
    Query q = new TermQuery(new Term(field, text));
    return boost == 1f ? q : new BoostQuery(q, boost);
  }

  /** Keeps the analyser's own positions, so a pattern split by punctuation still lines up. */
  private static Query phrase(String field, List<Tokens.Token> tokens, float boost) {
    PhraseQuery.Builder p = new PhraseQuery.Builder();
    int first = tokens.get(0).position();
    for (Tokens.Token t : tokens) {
      p.add(new Term(field, t.term()), t.position() - first);
    }
    return new BoostQuery(p.build(), boost);
  }
}
