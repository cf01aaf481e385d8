package org.xuefa.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;

/** The field schema of the search index, in one place, and the mapping of a SearchDoc onto it. */
final class SearchFields {

  // keyword, stored: the address, updated and deleted by
  static final String ID = "id";
  // keyword, stored, doc values: filter and facet counts
  static final String TYPE = "type";
  // stored only: what a hit shows
  static final String TITLE = "title";
  static final String URL = "url";
  static final String TEXT = "text";
  static final String PATH = "path";
  // analysed, not stored: passage text as smartcn words and as CJK bigrams
  static final String BODY_WORDS = "body_w";
  static final String BODY_BIGRAMS = "body_b";
  // analysed, not stored: title and path, searched with a boost
  static final String HEAD_WORDS = "head_w";
  static final String HEAD_BIGRAMS = "head_b";
  // analysed, not stored: keywords that are not in the text (topic tags)
  static final String KEY_WORDS = "kw_w";
  static final String KEY_BIGRAMS = "kw_b";
  // keyword, not stored: each keyword whole and normalised, for "the passage is about exactly this"
  static final String KEY_EXACT = "kw_x";
  // doc values and stored: the per-document boost multiplier
  static final String WEIGHT = "weight";
  // keyword, not stored: completion candidates for type-ahead
  static final String SUGGEST = "suggest";

  /**
   * BM25 with a weak length normalisation: report paragraphs run ten times longer than most
   * articles, and a full length penalty buries the paragraph that states the fact.
   */
  static Similarity similarity() {
    return new BM25Similarity(1.2f, 0.4f);
  }

  private final ChineseAnalyzers analyzers;
  private final SuggestTerms suggestTerms;
  private final TextNormalizer normalizer;

  SearchFields(ChineseAnalyzers analyzers, SuggestTerms suggestTerms, TextNormalizer normalizer) {
    this.analyzers = analyzers;
    this.suggestTerms = suggestTerms;
    this.normalizer = normalizer;
  }

  /** Routes each analysed field to its chain; everything else is a keyword. */
  Analyzer indexAnalyzer() {
    Analyzer w = analyzers.words();
    Analyzer b = analyzers.bigrams();
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
        BODY_WORDS, w, HEAD_WORDS, w, KEY_WORDS, w,
        BODY_BIGRAMS, b, HEAD_BIGRAMS, b, KEY_BIGRAMS, b));
  }

  Document toDocument(SearchDoc doc) {
    Document d = new Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
    d.add(new SortedDocValuesField(TYPE, new BytesRef(doc.type())));
    d.add(new StoredField(TITLE, doc.title()));
    d.add(new StoredField(URL, doc.url()));
    d.add(new StoredField(TEXT, doc.text()));
    d.add(new StoredField(PATH, doc.path()));
    d.add(new TextField(BODY_WORDS, doc.text(), Field.Store.NO));
    d.add(new TextField(BODY_BIGRAMS, doc.text(), Field.Store.NO));
    String head = doc.title() + "\n" + doc.path();
    d.add(new TextField(HEAD_WORDS, head, Field.Store.NO));
    d.add(new TextField(HEAD_BIGRAMS, head, Field.Store.NO));
    String keywords = String.join("\n", doc.keywords());
    d.add(new TextField(KEY_WORDS, keywords, Field.Store.NO));
    d.add(new TextField(KEY_BIGRAMS, keywords, Field.Store.NO));
    for (String k : doc.keywords()) {
      d.add(new StringField(KEY_EXACT, normalizer.normalize(k.strip()), Field.Store.NO));
    }
    d.add(new FloatDocValuesField(WEIGHT, doc.boost()));
    d.add(new StoredField(WEIGHT, doc.boost()));
    Set<String> candidates = new LinkedHashSet<>(suggestTerms.candidates(doc.title(), List.of()));
    candidates.addAll(suggestTerms.candidates(doc.text(), doc.keywords()));
    for (String c : candidates) {
      d.add(new StringField(SUGGEST, c, Field.Store.NO));
    }
    return d;
  }
}
