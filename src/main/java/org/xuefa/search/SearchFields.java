package org.xuefa.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
  // stored: what the passage was indexed from, to rewrite only passages that changed
  static final String SIGNATURE = "sig";

  /**
   * The version of what {@link #toDocument} writes. Raise it whenever the fields or their analysis
   * change: every passage's signature changes with it, so the next rebuild rewrites them all.
   */
  static final int SCHEMA_VERSION = 2;

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
  // the headings of the article indexed last: the next article usually shares them
  private String lastPath;
  private List<Tokens.Token> lastPathWords = List.of();

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

  /**
   * The Lucene document of a passage. Its text and headings are segmented by smartcn once: the
   * words feed the indexed field and the type-ahead candidates alike, and consecutive articles under
   * the same headings share one segmentation of them.
   */
  Document toDocument(SearchDoc doc) {
    Document d = new Document();
    d.add(new StringField(ID, doc.id(), Field.Store.YES));
    d.add(new StringField(TYPE, doc.type(), Field.Store.YES));
    d.add(new SortedDocValuesField(TYPE, new BytesRef(doc.type())));
    d.add(new StoredField(TITLE, doc.title()));
    d.add(new StoredField(URL, doc.url()));
    d.add(new StoredField(TEXT, doc.text()));
    d.add(new StoredField(PATH, doc.path()));
    List<Tokens.Token> bodyWords = words(doc.text());
    d.add(new Field(BODY_WORDS, new ReplayTokenStream(bodyWords, doc.text().length()), TextField.TYPE_NOT_STORED));
    d.add(new TextField(BODY_BIGRAMS, doc.text(), Field.Store.NO));
    String head = doc.title() + "\n" + doc.path();
    List<Tokens.Token> titleWords = words(doc.title());
    d.add(new Field(HEAD_WORDS, new ReplayTokenStream(headWords(titleWords, doc.title(), doc.path()), head.length()),
        TextField.TYPE_NOT_STORED));
    d.add(new TextField(HEAD_BIGRAMS, head, Field.Store.NO));
    String keywords = String.join("\n", doc.keywords());
    d.add(new TextField(KEY_WORDS, keywords, Field.Store.NO));
    d.add(new TextField(KEY_BIGRAMS, keywords, Field.Store.NO));
    for (String k : doc.keywords()) {
      d.add(new StringField(KEY_EXACT, normalizer.normalize(k.strip()), Field.Store.NO));
    }
    d.add(new FloatDocValuesField(WEIGHT, doc.boost()));
    d.add(new StoredField(WEIGHT, doc.boost()));
    d.add(new StoredField(SIGNATURE, signature(doc)));
    Set<String> candidates = new LinkedHashSet<>(suggestTerms.candidates(titleWords, List.of()));
    candidates.addAll(suggestTerms.candidates(bodyWords, doc.keywords()));
    for (String c : candidates) {
      d.add(new StringField(SUGGEST, c, Field.Store.NO));
    }
    return d;
  }

  /**
   * A digest of everything a passage is indexed from, with the schema version and the script
   * folder (its folding is part of the analysis): equal signatures, equal Lucene documents.
   */
  String signature(SearchDoc doc) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    for (String part : List.of(String.valueOf(SCHEMA_VERSION), normalizer.folder().name(), doc.id(), doc.type(),
        doc.title(), doc.url(), doc.text(), doc.path(), String.join("\u0001", doc.keywords()),
        Float.toString(doc.boost()))) {
      sha.update(part.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest(), 0, 16);
  }

  private List<Tokens.Token> words(String text) {
    return Tokens.of(analyzers.words(), BODY_WORDS, text);
  }

  /**
   * The words of "title\npath": the title's, then the path's shifted behind it. The separator ends
   * smartcn's sentence, so this is what segmenting the joined string yields.
   */
  List<Tokens.Token> headWords(List<Tokens.Token> title, String titleText, String path) {
    int pathStart = titleText.length() + 1;
    List<Tokens.Token> pathWords;
    synchronized (this) {
      if (!path.equals(lastPath)) {
        lastPath = path;
        lastPathWords = words(path);
      }
      pathWords = lastPathWords;
    }
    List<Tokens.Token> out = new ArrayList<>(title.size() + pathWords.size());
    out.addAll(title);
    int shift = title.isEmpty() ? 0 : title.get(title.size() - 1).position() + 1;
    for (Tokens.Token t : pathWords) {
      out.add(new Tokens.Token(t.term(), t.position() + shift, t.start() + pathStart, t.end() + pathStart));
    }
    return out;
  }
}
