package org.xuefa.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;

/**
 * An in-memory copy, per index segment, of what re-ranking reads of each passage. Re-ranking looks
 * at up to {@link SearchIndex#RESCORE_WINDOW} passages a query; reading them from stored fields
 * decompressed a block each time and took most of a query's time. A segment's copy is built once,
 * when a searcher over it opens, and dropped when Lucene closes the segment.
 */
final class PassageCache {

  private static final Set<String> FIELDS =
      Set.of(SearchFields.TEXT, SearchFields.TITLE, SearchFields.PATH, SearchFields.WEIGHT);

  private final TextNormalizer normalizer;
  private final Map<IndexReader.CacheKey, RescorePassage[]> segments = new ConcurrentHashMap<>();

  PassageCache(TextNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  /** Builds the copies of the reader's segments that have none yet; called as a searcher opens. */
  void warm(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      segment(leaf.reader());
    }
  }

  /** The passage of a top-level document id of {@code reader}. */
  RescorePassage get(IndexReader reader, int doc) {
    List<LeafReaderContext> leaves = reader.leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    RescorePassage p = segment(leaf.reader())[doc - leaf.docBase];
    return p == null ? RescorePassage.EMPTY : p;
  }

  private RescorePassage[] segment(LeafReader leaf) {
    IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
    if (helper == null) {
      return build(leaf);
    }
    RescorePassage[] cached = segments.get(helper.getKey());
    if (cached != null) {
      return cached;
    }
    RescorePassage[] built = build(leaf);
    if (segments.putIfAbsent(helper.getKey(), built) == null) {
      helper.addClosedListener(segments::remove);
    }
    return segments.get(helper.getKey());
  }

  private RescorePassage[] build(LeafReader leaf) {
    try {
      StoredFields stored = leaf.storedFields();
      RescorePassage[] out = new RescorePassage[leaf.maxDoc()];
      for (int d = 0; d < out.length; d++) {
        Document doc = stored.document(d, FIELDS);
        Number w = doc.getField(SearchFields.WEIGHT) == null ? null : doc.getField(SearchFields.WEIGHT).numericValue();
        out[d] = RescorePassage.of(normalizer.normalize(doc.get(SearchFields.TEXT)),
            normalizer.normalize(doc.get(SearchFields.TITLE)), normalizer.normalize(doc.get(SearchFields.PATH)),
            w == null ? 1f : w.floatValue());
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("reading the search index for re-ranking", e);
    }
  }
}
