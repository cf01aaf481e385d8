package org.xuefa.search;

import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/** Prints Lucene's explanation of a query's score for given ids; a tuning tool. */
final class ExplainProbe {
  public static void main(String[] args) throws Exception {
    List<SearchDoc> docs = WholeCorpus.docs();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (SearchIndex index = new SearchIndex(dir)) {
      index.replaceAll(docs);
      TextNormalizer n = TextNormalizer.standard();
      ChineseAnalyzers a = new ChineseAnalyzers(n);
      QueryVocabulary v = QueryVocabulary.load(n);
      Query q = new LuceneQueryBuilder(a, v).build(new QueryPlanner(a, v, n).plan(args[0]));
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexSearcher s = new IndexSearcher(r);
        s.setSimilarity(SearchFields.similarity());
        for (int i = 1; i < args.length; i++) {
          int doc = s.search(new TermQuery(new Term(SearchFields.ID, args[i])), 1).scoreDocs[0].doc;
          System.out.println("=== " + args[i] + "\n" + s.explain(q, doc));
        }
      }
    }
  }
}
