package org.xuefa.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * One Lucene index over every kind of passage: writes through a single {@link IndexWriter},
 * searches through a {@link SearcherManager}. Each write commits and then refreshes, so concurrent
 * searches see the old index until the new one is complete.
 */
public final class SearchIndex implements Closeable {

  /**
   * Hits re-ranked by their best sentence; deeper pages keep Lucene's order. The answering article
   * can sit below 40 others of its statute that name the subject more often (公务员有哪些义务 → 第十四条).
   */
  static final int RESCORE_WINDOW = 100;
  private static final Set<String> ID_AND_SIGNATURE = Set.of(SearchFields.ID, SearchFields.SIGNATURE);

  private final Directory directory;
  private final boolean ownsDirectory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object writeLock = new Object();
  private final ChineseAnalyzers analyzers;
  private final SearchFields fields;
  private final QueryPlanner planner;
  private final LuceneQueryBuilder queries;
  private final SnippetMarker snippets;
  private final Suggester suggester;
  private final QueryVocabulary vocabulary;
  private final PassageCache passages;

  /**
   * Opens (or creates) the index in {@code directory} with the bundled vocabulary; the caller
   * keeps ownership of the directory and closes it after {@link #close()}.
   */
  public SearchIndex(Directory directory) throws IOException {
    this(directory, TextNormalizer.standard(), false);
  }

  /** As above, with a chosen normaliser; switching the script folder needs a full reindex. */
  public SearchIndex(Directory directory, TextNormalizer normalizer) throws IOException {
    this(directory, normalizer, false);
  }

  private SearchIndex(Directory directory, TextNormalizer normalizer, boolean ownsDirectory)
      throws IOException {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.analyzers = new ChineseAnalyzers(normalizer);
    this.vocabulary = QueryVocabulary.load(normalizer);
    this.fields = new SearchFields(analyzers, new SuggestTerms(analyzers, normalizer), normalizer);
    this.planner = new QueryPlanner(analyzers, vocabulary, normalizer);
    this.queries = new LuceneQueryBuilder(analyzers, vocabulary);
    this.snippets = new SnippetMarker(normalizer, SnippetMarker.DEFAULT_LENGTH);
    this.suggester = new Suggester(normalizer, vocabulary);
    this.passages = new PassageCache(normalizer);
    IndexWriterConfig config = new IndexWriterConfig(fields.indexAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setSimilarity(SearchFields.similarity());
    this.writer = new IndexWriter(directory, config);
    this.writer.commit(); // a fresh directory gets an empty commit that searchers can open
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(SearchFields.similarity());
        // the writer's thread pays for the re-ranking copy, before any search sees the new reader
        passages.warm(reader);
        return searcher;
      }
    });
  }

  /** Opens the index kept in a folder on disk; {@link #close()} also closes the folder. */
  public static SearchIndex open(Path folder) throws IOException {
    return new SearchIndex(FSDirectory.open(folder), TextNormalizer.standard(), true);
  }

  /** Replaces the whole index with {@code docs}. */
  public void replaceAll(Collection<SearchDoc> docs) throws IOException {
    synchronized (writeLock) {
      writer.deleteAll();
      for (SearchDoc d : docs) {
        writer.updateDocument(new Term(SearchFields.ID, d.id()), fields.toDocument(d));
      }
      publish();
    }
  }

  /**
   * Makes the index hold exactly {@code docs} (the last of equal ids wins), writing only what
   * changed: passages whose signature differs are rewritten, passages no longer given are deleted,
   * and nothing is written when nothing changed. When most passages changed (a new schema, a first
   * build) it replaces the whole index instead. Answers how many passages were written or deleted.
   */
  public int sync(Collection<SearchDoc> docs) throws IOException {
    Map<String, SearchDoc> wanted = new LinkedHashMap<>();
    docs.forEach(d -> wanted.put(d.id(), d));
    synchronized (writeLock) {
      Map<String, String> indexed = signatures();
      List<SearchDoc> changed = new ArrayList<>();
      for (SearchDoc d : wanted.values()) {
        if (!fields.signature(d).equals(indexed.get(d.id()))) {
          changed.add(d);
        }
      }
      List<String> gone = indexed.keySet().stream().filter(id -> !wanted.containsKey(id)).toList();
      if (changed.isEmpty() && gone.isEmpty()) {
        return 0;
      }
      if (changed.size() + gone.size() > wanted.size() / 2) {
        writer.deleteAll();
        for (SearchDoc d : wanted.values()) {
          writer.addDocument(fields.toDocument(d));
        }
      } else {
        for (String id : gone) {
          writer.deleteDocuments(new Term(SearchFields.ID, id));
        }
        for (SearchDoc d : changed) {
          writer.updateDocument(new Term(SearchFields.ID, d.id()), fields.toDocument(d));
        }
      }
      publish();
      return changed.size() + gone.size();
    }
  }

  /** The id and signature of every live passage, as searches currently see them. */
  private Map<String, String> signatures() throws IOException {
    Map<String, String> out = new HashMap<>();
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        StoredFields stored = leaf.reader().storedFields();
        for (int d = 0; d < leaf.reader().maxDoc(); d++) {
          if (live == null || live.get(d)) {
            Document doc = stored.document(d, ID_AND_SIGNATURE);
            String sig = doc.get(SearchFields.SIGNATURE);
            out.put(doc.get(SearchFields.ID), sig == null ? "" : sig);
          }
        }
      }
    } finally {
      searchers.release(s);
    }
    return out;
  }

  /** Replaces every document of one type, leaving the other types alone. */
  public void replaceType(String type, Collection<SearchDoc> docs) throws IOException {
    for (SearchDoc d : docs) {
      if (!d.type().equals(type)) {
        throw new IllegalArgumentException("document " + d.id() + " is of type " + d.type() + ", not " + type);
      }
    }
    synchronized (writeLock) {
      writer.deleteDocuments(new Term(SearchFields.TYPE, type));
      for (SearchDoc d : docs) {
        writer.updateDocument(new Term(SearchFields.ID, d.id()), fields.toDocument(d));
      }
      publish();
    }
  }

  /** Adds the document, or replaces the one with the same id. */
  public void upsert(SearchDoc doc) throws IOException {
    synchronized (writeLock) {
      writer.updateDocument(new Term(SearchFields.ID, doc.id()), fields.toDocument(doc));
      publish();
    }
  }

  /** Removes the document with this id, if any. */
  public void delete(String id) throws IOException {
    synchronized (writeLock) {
      writer.deleteDocuments(new Term(SearchFields.ID, id));
      publish();
    }
  }

  private void publish() throws IOException {
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Live documents in the index as searches currently see it. */
  public int docCount() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return s.getIndexReader().numDocs();
    } finally {
      searchers.release(s);
    }
  }

  /** Runs a query as typed by a person; any input is accepted, none throws. */
  public SearchResult search(SearchQuery q) throws IOException {
    QueryPlan plan = planner.plan(q.q());
    if (plan.isEmpty()) {
      return SearchResult.empty(q.q());
    }
    Query query = queries.build(plan);
    IndexSearcher s = searchers.acquire();
    try {
      int window = Math.max(RESCORE_WINDOW, q.offset() + q.limit());
      TopScoreDocCollector top = TopScoreDocCollector.create(window, Integer.MAX_VALUE);
      TypeFacetCollector facets = new TypeFacetCollector(top, q.type());
      s.search(query, facets);
      TopDocs docs = top.topDocs();
      List<ScoreDoc> ranked = new SentenceRescorer(plan, ConceptWeights.of(plan, s.getIndexReader(), analyzers))
          .rerank(s.getIndexReader(), docs.scoreDocs, passages);
      List<SearchHit> hits = page(s.storedFields(), ranked, q, markTerms(plan));
      return new SearchResult(q.q(), Math.toIntExact(docs.totalHits.value), hits, facets.counts());
    } finally {
      searchers.release(s);
    }
  }

  /** Completions for a typed prefix, most common first. */
  public List<String> suggest(String prefix, int n) throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      return suggester.suggest(s.getIndexReader(), prefix, n);
    } finally {
      searchers.release(s);
    }
  }

  private List<SearchHit> page(StoredFields stored, List<ScoreDoc> ranked, SearchQuery q,
      Set<String> terms) throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    for (int i = q.offset(); i < ranked.size() && hits.size() < q.limit(); i++) {
      ScoreDoc sd = ranked.get(i);
      Document d = stored.document(sd.doc);
      String text = d.get(SearchFields.TEXT);
      String snippet = q.snippets() ? snippets.snippet(text, terms) : "";
      hits.add(new SearchHit(d.get(SearchFields.ID), d.get(SearchFields.TYPE), d.get(SearchFields.TITLE),
          d.get(SearchFields.URL), snippet, text, sd.score));
    }
    return hits;
  }

  /** The strings to mark in snippets: each unit's bigrams and words of two or more characters. */
  private Set<String> markTerms(QueryPlan plan) {
    Set<String> terms = new LinkedHashSet<>();
    for (QueryPlan.Unit u : plan.units()) {
      Tokens.terms(analyzers.bigrams(), "q", u.text()).stream().filter(t -> t.length() >= 2).forEach(terms::add);
      Tokens.terms(analyzers.words(), "q", u.text()).stream().filter(t -> t.length() >= 2).forEach(terms::add);
    }
    if (terms.isEmpty()) {
      Tokens.terms(analyzers.words(), "q", plan.normalized()).forEach(terms::add);
    }
    return terms;
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      searchers.close();
      writer.close();
      if (ownsDirectory) {
        directory.close();
      }
    }
  }
}
